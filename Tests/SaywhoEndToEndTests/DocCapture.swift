import Foundation
import SaywhoTestSupport

/// A capture in the docs: a marker comment, then the fenced block it fills.
///
/// `<!-- capture: 120x40 saywho seeds | keys: n n n -->` is the reader started with
/// `saywho seeds` in tmux at 120×40, the keys typed one by one (tmux key names:
/// `Enter`, `BTab`, `C-n`, `Space`…), and the whole screen as text. `| type: some words`
/// types text as it is; `keys:` and `type:` parts run in the order written.
/// `| rows: last` keeps only the status bar. `<!-- capture: command saywho quotes seeds/x.txt -->`
/// is the command's output after a `$ ` line; `| after: 120x40 saywho | keys: b` first runs
/// the reader with those keys (to make bookmarks, say). Every capture starts from an empty
/// data and config home, so each one stands alone.
struct DocCapture: Hashable, Sendable, CustomStringConvertible {
    enum Step: Hashable, Sendable {
        /// tmux key names, sent one at a time.
        case keys([String])
        /// Text typed as it is.
        case text(String)
    }

    enum Kind: Hashable, Sendable {
        case screen(columns: Int, rows: Int)
        case command
    }

    /// The marker line, exactly as written: it identifies the capture in its document.
    var marker: String
    var kind: Kind
    /// The arguments after `saywho`.
    var arguments: [String]
    /// What to type, in order.
    var steps: [Step]
    /// For a command: the reader run first, in the same home, and the size it runs at.
    var setup: (columns: Int, rows: Int, arguments: [String])?
    /// Only the last row of the screen (the status bar).
    var lastRowOnly: Bool

    var description: String { marker }

    static func == (a: DocCapture, b: DocCapture) -> Bool { a.marker == b.marker }
    func hash(into hasher: inout Hasher) { hasher.combine(marker) }

    /// Reads a marker line; nil for any other line.
    init?(marker line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("<!-- capture: "), trimmed.hasSuffix(" -->") else { return nil }
        marker = trimmed
        let body = trimmed.dropFirst("<!-- capture: ".count).dropLast(" -->".count)
        let parts = body.components(separatedBy: " | ").map { $0.trimmingCharacters(in: .whitespaces) }
        var words = parts[0].split(separator: " ").map(String.init)
        guard words.count >= 2 else { return nil }
        let first = words.removeFirst()
        if first == "command" {
            kind = .command
        } else {
            let size = first.split(separator: "x").compactMap { Int($0) }
            guard size.count == 2 else { return nil }
            kind = .screen(columns: size[0], rows: size[1])
        }
        guard words.first == "saywho" else { return nil }
        arguments = Array(words.dropFirst())
        steps = []
        lastRowOnly = false
        setup = nil
        for part in parts.dropFirst() {
            if part.hasPrefix("after: ") {
                let words = part.dropFirst("after: ".count).split(separator: " ").map(String.init)
                let size = words.first?.split(separator: "x").compactMap { Int($0) } ?? []
                guard size.count == 2, words.count >= 2, words[1] == "saywho" else { return nil }
                setup = (size[0], size[1], Array(words.dropFirst(2)))
            } else if part.hasPrefix("keys: ") {
                steps.append(.keys(part.dropFirst("keys: ".count).split(separator: " ").map(String.init)))
            } else if part.hasPrefix("type: ") {
                steps.append(.text(String(part.dropFirst("type: ".count))))
            } else if part == "rows: last" {
                lastRowOnly = true
            } else {
                return nil
            }
        }
    }

    /// The documents with captures, relative to the package root.
    static let documents = ["README.md", "docs/guide.md"]

    /// The captures of a document, in order, with the text of the block that follows each.
    static func captures(in document: String) throws -> [(capture: DocCapture, block: String)] {
        let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent(document), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        var result: [(DocCapture, String)] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard let capture = DocCapture(marker: lines[index]) else { continue }
            guard index + 1 < lines.count, lines[index + 1].hasPrefix("```"),
                let end = lines[(index + 2)...].firstIndex(where: { $0 == "```" })
            else { continue }
            result.append((capture, lines[(index + 2)..<end].joined(separator: "\n")))
        }
        return result
    }

    /// Replaces the block after `marker` in `document` with `block`.
    static func record(_ block: String, after marker: String, in document: String) throws {
        let url = TestPaths.packageRoot.appendingPathComponent(document)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        guard let at = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == marker }),
            let end = lines[(at + 2)...].firstIndex(where: { $0 == "```" })
        else { return }
        lines.replaceSubrange((at + 2)..<end, with: block.components(separatedBy: "\n"))
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// Where a clone is shown in the docs, instead of wherever this one is.
    static let shownRoot = "/home/me/saywho"

    /// Runs the capture with data and config in `home` and returns its text.
    func run(home: URL) throws -> String {
        switch kind {
        case .command:
            if let setup { _ = try screen(columns: setup.columns, rows: setup.rows, arguments: setup.arguments, home: home) }
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
            environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
            environment["XDG_CACHE_HOME"] = home.appendingPathComponent("cache").path
            environment["COLUMNS"] = "120"
            let result = try runProgram(
                try TestPaths.builtProduct("saywho").path, arguments, environment: environment,
                directory: TestPaths.packageRoot.path)
            let output = result.output.replacingOccurrences(of: TestPaths.packageRoot.path, with: Self.shownRoot)
            let lines = output.components(separatedBy: "\n")
            return (["$ saywho " + arguments.joined(separator: " ")] + (lines.last == "" ? lines.dropLast() : lines))
                .joined(separator: "\n")
        case .screen(let columns, let rows):
            let screen = try screen(columns: columns, rows: rows, arguments: arguments, home: home)
            return lastRowOnly ? screen.last ?? "" : screen.joined(separator: "\n")
        }
    }

    /// The reader's screen after the steps.
    private func screen(columns: Int, rows: Int, arguments: [String], home: URL) throws -> [String] {
        do {
            let tmux = try Tmux(columns: columns, rows: rows, arguments: arguments, home: home)
            // Panes or the too-small notice: the corpus is loaded (the loading line has neither).
            _ = try tmux.waitFor("the reader's first frame") { screen in
                let text = screen.joined(separator: "\n")
                return text.contains("┌") || text.lowercased().contains("too small")
            }
            var screen = try settle(tmux)
            // The reader handles keys in the order they come, so they go in one batch and the screen
            // settles once; only the first frame is waited for, as keys during loading are dropped.
            for step in steps {
                switch step {
                case .keys(let keys): try tmux.send(contentsOf: keys)
                case .text(let text): try tmux.send(text, literal: true)
                }
            }
            if !steps.isEmpty { screen = try settle(tmux, after: screen) }
            return screen
        }
    }

    /// Waits for the screen to change from `before` (a little while at most), then to stay still.
    private func settle(_ tmux: Tmux, after before: [String]? = nil) throws -> [String] {
        let start = Date()
        var last = try tmux.screen()
        if let before {
            while last == before, Date().timeIntervalSince(start) < 1.5 {
                Thread.sleep(forTimeInterval: 0.02)
                last = try tmux.screen()
            }
        }
        var stillSince = Date()
        while Date().timeIntervalSince(stillSince) < 0.2 {
            Thread.sleep(forTimeInterval: 0.05)
            let now = try tmux.screen()
            if now != last {
                last = now
                stillSince = Date()
            }
        }
        return last
    }
}
