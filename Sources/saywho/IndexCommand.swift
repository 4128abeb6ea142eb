import ArgumentParser
import Foundation
import SaywhoAttribution
import SaywhoCore
import SaywhoIndex

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `saywho index [PATH…]`: builds or refreshes the index in the cache, or tells its state.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index", abstract: "Build or refresh the index of articles in the cache, or show its state.")

    @Argument(help: "Article files or folders (default: ./seeds).")
    var paths: [String] = []
    @Flag(name: .long, help: "Print the index's size, counts, extractor version and stale files instead.")
    var status = false

    func run() throws {
        let paths = try CorpusOptions.checked(paths)
        var index: ArticleIndex
        do {
            index = try ArticleIndex()
        } catch {
            throw CLIError(message: "\(error)")
        }
        if let recovery = index.recovery { Console.warn(recovery) }
        if status {
            try printStatus(index, paths: paths)
            return
        }
        let listing = ArticleLoader.listFiles(paths)
        for problem in listing.problems { Console.warn(problem.description) }
        let bar = ProgressLine(enabled: isatty(STDERR_FILENO) == 1)
        let started = Date()
        let folders = ArticleIndex.folders(among: paths)
        let report: RefreshReport
        do {
            report = try index.refresh(listing, folders: folders, progress: { bar.show($0) })
        } catch  where ArticleIndex.isDamage(error) {
            index = try index.rebuilt(after: error)
            if let recovery = index.recovery { Console.warn(recovery) }
            report = try index.refresh(listing, folders: folders, progress: { bar.show($0) })
        }
        bar.finish()
        for path in report.vanished { Console.warn("\(path): vanished while indexing; skipped") }
        let seconds = Date().timeIntervalSince(started)
        let megabytes = Double(report.bytes) / 1e6
        var line =
            "indexed \(report.indexed) file\(report.indexed == 1 ? "" : "s") (\(report.articles) articles, "
            + String(format: "%.1f MB in %.1f s", megabytes, seconds) + "); \(report.unchanged) unchanged"
        if report.removed > 0 { line += "; \(report.removed) removed" }
        Console.write(line + "\n")
    }

    private func printStatus(_ index: ArticleIndex, paths: [String]) throws {
        let status = try index.status(ArticleLoader.listFiles(paths))
        let rows = [
            ("index", index.url.path + String(format: " (%.1f MB)", Double(status.bytes) / 1e6)),
            ("extractor", "\(Extractor.version)"),
            ("files", "\(status.files) indexed for these paths, \(status.allFiles) in all"),
            ("articles", "\(status.articles)"),
            ("quotes", "\(status.quotes)"),
            ("stale", status.stale.isEmpty ? "none" : "\(status.stale.count) (new, changed or read by another version)"),
        ]
        Console.write(rows.map { $0.0.padding(toLength: 11, withPad: " ", startingAt: 0) + $0.1 + "\n" }.joined())
        for path in status.stale.prefix(20) { Console.write("  \(path)\n") }
        if status.stale.count > 20 { Console.write("  … and \(status.stale.count - 20) more\n") }
    }
}

/// One line on stderr redrawn in place: a bar, files done of all, MB/s and time left.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private var shown = false
    private let lock = NSLock()

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ progress: RefreshProgress) {
        guard enabled else { return }
        let line = progress.line(bar: 24)
        lock.withLock {
            shown = true
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        }
    }

    func finish() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
