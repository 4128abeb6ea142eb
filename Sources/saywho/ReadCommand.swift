import ArgumentParser
import Foundation
import SaywhoCore
import SaywhoUI

/// `saywho [PATH...]`: opens the corpus in the reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Open articles in the reader (the default).")

    @OptionGroup var corpus: CorpusOptions
    @Option(name: .long, help: "Theme to start with (see saywho themes).")
    var theme: String?
    @Flag(name: .long, inversion: .prefixedNo, help: "Report mouse wheel and clicks.")
    var mouse: Bool = true

    func run() throws {
        var options = corpus
        // The config's corpus is the user's explicit choice; ./seeds is the fallback.
        if options.paths.isEmpty, let configured = Config.loadStandard().config.corpusPath() {
            options.paths = [configured]
        }
        let corpus = try options.load()
        guard Console.stdoutIsTerminal, isatty(STDIN_FILENO) == 1 else {
            // Not a terminal: print the article list instead of starting the reader.
            var table = Table("DATE", "QUOTES", "TITLE")
            for (article, extraction) in zip(corpus.articles, corpus.extractions) {
                table.add(article.date ?? "", String(extraction.quotes.count), article.title)
            }
            Console.write(table.render())
            return
        }
        let (config, configProblems) = Config.loadStandard()
        let app = ReaderApp(
            corpus: corpus, keyMap: config.keyMap, catalog: .standard(), theme: theme ?? config.theme, mouse: mouse && config.mouse,
            bookmarks: StoreBookmarks(store: .standard(), corpus: corpus))
        for problem in configProblems { app.startupMessages.append((problem.message + " (default used)", true)) }
        if !corpus.report.problems.isEmpty {
            let count = corpus.report.problems.count
            app.startupMessages.append(("\(count) file\(count == 1 ? "" : "s") could not be read: \(corpus.report.problems[0])", true))
        }
        try app.run()
    }
}

