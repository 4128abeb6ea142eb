import ArgumentParser
import Foundation
import SaywhoAttribution
import SaywhoCore
import SaywhoIndex

/// The corpus arguments every listing subcommand shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files or folders (default: ./seeds).")
    var paths: [String] = []
    @Flag(name: .customLong("no-index"), help: "Read and extract every file, without the index in the cache.")
    var noIndex = false
    @Option(
        name: .long,
        help:
            "Show quotes whose speaker is less sure than this (0 to 1) as unattributed (default: the config's min-confidence, else 0)."
    )
    var minConfidence: Double?

    /// The confidence below which a speaker is not shown.
    var threshold: Double { minConfidence ?? 0 }

    mutating func validate() throws {
        if let minConfidence, !(0...1).contains(minConfidence) {
            throw ValidationError("--min-confidence must be a number from 0 to 1, like 0.6")
        }
    }

    /// The paths to read: the ones given, else ./seeds when it exists.
    func resolvedPaths() throws -> [String] { try Self.resolved(paths) }

    static func resolved(_ paths: [String]) throws -> [String] {
        if !paths.isEmpty { return paths }
        if FileManager.default.fileExists(atPath: "seeds") { return ["seeds"] }
        throw CLIError(message: "no PATH given and there is no ./seeds folder here")
    }

    /// The paths to read, failing early when none of them exists (before a terminal is taken over).
    func checkedPaths() throws -> [String] { try Self.checked(paths) }

    static func checked(_ given: [String]) throws -> [String] {
        let paths = try resolved(given)
        try rejectMisspeltSubcommand(paths)
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        if missing.count == paths.count {
            for path in missing.dropLast() { Console.warn(InputError.notFound(path: path).description) }
            throw CLIError(message: InputError.notFound(path: missing.last!).description)
        }
        return paths
    }

    /// Loads the corpus, from the index unless `--no-index` is given or the index cannot be used;
    /// warns about bad files on stderr and fails when nothing loads.
    func load() throws -> LoadedCorpus {
        let paths = try resolvedPaths()
        try rejectMisspeltSubcommand(paths)
        if !noIndex, let (_, loaded) = loadIndexed(paths) {
            for problem in loaded.problems { Console.warn(problem) }
            if let skipped = loaded.skippedSummary { Console.warn(skipped) }
            try requireArticles(loaded.corpus.articles.count, paths: paths, problems: loaded.problems)
            return LoadedCorpus(corpus: loaded.corpus, quoteTexts: loaded.quoteTexts)
        }
        let report = ArticleLoader.load(paths)
        for problem in report.problems {
            Console.warn(problem.description)
        }
        if let skipped = report.skippedSummary { Console.warn(skipped) }
        try requireArticles(report.articles.count, paths: paths, problems: report.problems.map(\.description))
        return LoadedCorpus(corpus: Corpus(report: report, minimumConfidence: threshold), quoteTexts: nil)
    }

    /// The corpus from the index, refreshed first; nil (with a warning) when the index cannot be used.
    private func loadIndexed(_ paths: [String]) -> (ArticleIndex, IndexedCorpus)? {
        withIndex { try ArticleIndex.load(paths, minimumConfidence: threshold) }
    }

    /// What `body` reads from the index, with its recovery reported; nil (with a warning) when
    /// the index cannot be used.
    func withIndex<T>(_ body: () throws -> (ArticleIndex, T)) -> (ArticleIndex, T)? {
        do {
            let (index, value) = try body()
            if let recovery = index.recovery { Console.warn(recovery) }
            return (index, value)
        } catch {
            Console.warn("\(error); reading the files without it")
            return nil
        }
    }

    func requireArticles(_ count: Int, paths: [String], problems: [String]) throws {
        guard count == 0 else { return }
        let missing = paths.filter { !FileManager.default.fileExists(atPath: $0) }
        if problems.count == 1, missing.count == 1 {
            throw CLIError(message: problems[0], alreadyReported: true)
        }
        throw CLIError(message: InputError.noArticles(paths: paths).description)
    }
}

/// A corpus loaded for a listing: from the index, which keeps quote texts but not article
/// texts, or read from the files.
struct LoadedCorpus {
    var corpus: Corpus
    /// Each article's quote texts, when the corpus came from the index.
    var quoteTexts: [[String]]?

    /// The texts of the quotes of article `i`, in order.
    func quoteTexts(ofArticle i: Int) -> [String] {
        quoteTexts?[i] ?? corpus.extractions[i].quoteTexts(in: corpus.articles[i])
    }
}

extension CorpusOptions {
    static let subcommandNames = ["read", "articles", "quotes", "speakers", "extract", "index", "themes", "bookmarks", "config"]

    /// `saywho qoutes` is a typo, not a path: a missing bare word close to a subcommand is a usage error.
    func rejectMisspeltSubcommand(_ paths: [String]) throws { try Self.rejectMisspeltSubcommand(paths) }

    static func rejectMisspeltSubcommand(_ paths: [String]) throws {
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
