import ArgumentParser
import Foundation
import SaywhoAttribution
import SaywhoCore

/// The corpus arguments every listing subcommand shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files or folders (default: ./seeds).")
    var paths: [String] = []
    @Option(
        name: .long,
        help:
            "Show quotes whose speaker is less sure than this (0 to 1) as unattributed (default: the config's min-confidence, else 0)."
    )
    var minConfidence: Double?

    mutating func validate() throws {
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be a number from 0 to 1, like 0.6")
        }
    }

    /// The paths to read: the ones given, else ./seeds when it exists.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        if FileManager.default.fileExists(atPath: "seeds") { return ["seeds"] }
        throw CLIError(message: "no PATH given and there is no ./seeds folder here")
    }

    /// The paths to read, failing early when none of them exists (before a terminal is taken over).
    func checkedPaths() throws -> [String] {
        let paths = try resolvedPaths()
        try rejectMisspeltSubcommand(paths)
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        if missing.count == paths.count {
            for path in missing.dropLast() { Console.warn(InputError.notFound(path: path).description) }
            throw CLIError(message: InputError.notFound(path: missing.last!).description)
        }
        return paths
    }

    /// Loads the corpus; warns about bad files on stderr and fails when nothing loads.
    func load() throws -> Corpus {
        let paths = try resolvedPaths()
        try rejectMisspeltSubcommand(paths)
        let report = ArticleLoader.load(paths)
        for problem in report.problems {
            Console.warn(problem.description)
        }
        if let skipped = report.skippedSummary { Console.warn(skipped) }
        if report.articles.isEmpty {
            if report.problems.count == 1, case .notFound = report.problems[0] {
                throw CLIError(message: report.problems[0].description, alreadyReported: true)
            }
            throw CLIError(message: InputError.noArticles(paths: paths).description)
        }
        return Corpus(report: report, minimumConfidence: minConfidence ?? 0)
    }
}

extension CorpusOptions {
    static let subcommandNames = ["read", "articles", "quotes", "speakers", "extract", "themes", "bookmarks"]

    /// `saywho qoutes` is a typo, not a path: a missing bare word close to a subcommand is a usage error.
    func rejectMisspeltSubcommand(_ paths: [String]) throws {
        guard let first = paths.first, !first.contains("/"), !first.contains("."),
            !FileManager.default.fileExists(atPath: first)
        else { return }
        if let near = Self.subcommandNames.first(where: { editDistance($0, first.lowercased()) <= 2 }) {
            throw ValidationError("unknown subcommand '\(first)'; did you mean '\(near)'?")
        }
    }
}

/// Levenshtein distance, for suggesting the subcommand a typo meant.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}

/// How listings are printed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}

/// The output options every listing subcommand shares.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "table or json (default: table on a terminal, json otherwise).")
    var format: OutputFormat?

    var resolved: OutputFormat { format ?? (Console.stdoutIsTerminal ? .table : .json) }
}

/// An error the user sees as one line, with exit status 1.
struct CLIError: Error, CustomStringConvertible {
    var message: String
    var alreadyReported = false
    var description: String { message }
}
