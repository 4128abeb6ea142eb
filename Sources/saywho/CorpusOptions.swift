import ArgumentParser
import Foundation
import SaywhoCore

/// The corpus arguments every listing subcommand shares.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Article files or folders (default: ./seeds).")
    var paths: [String] = []

    /// The paths to read: the ones given, else ./seeds when it exists.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty { return paths }
        if FileManager.default.fileExists(atPath: "seeds") { return ["seeds"] }
        throw CLIError(message: "no PATH given and there is no ./seeds folder here")
    }

    /// Loads the corpus; warns about bad files on stderr and fails when nothing loads.
    func load() throws -> Corpus {
        let paths = try resolvedPaths()
        let report = ArticleLoader.load(paths)
        for problem in report.problems {
            Console.warn(problem.description)
        }
        if report.articles.isEmpty {
            if report.problems.count == 1, case .notFound = report.problems[0] {
                throw CLIError(message: report.problems[0].description, alreadyReported: true)
            }
            throw CLIError(message: InputError.noArticles(paths: paths).description)
        }
        return Corpus(report: report)
    }
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
