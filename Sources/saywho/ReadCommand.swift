import ArgumentParser
import Foundation
import SaywhoAttribution
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
        let (config, configProblems) = Config.loadStandard()
        // The config's corpus is the user's explicit choice; ./seeds is the fallback.
        if options.paths.isEmpty, let configured = config.corpusPath() {
            options.paths = [configured]
        }
        if options.minConfidence == nil { options.minConfidence = config.minConfidence }
        let threshold = options.minConfidence ?? 0
        guard Console.stdoutIsTerminal, isatty(STDIN_FILENO) == 1 else {
            // Not a terminal: print the article list instead of starting the reader.
            let corpus = try options.load().corpus
            var table = Table("DATE", "QUOTES", "TITLE")
            // The reader's order, which is also saywho articles' order.
            for index in Article.listingOrder(of: corpus.articles) {
                table.add(
                    corpus.articles[index].date ?? "", String(corpus.extractions[index].quotes.count),
                    corpus.articles[index].title)
            }
            Console.write(table.render())
            return
        }
        let paths = try options.checkedPaths()
        let app = ReaderApp(
            keyMap: config.keyMap, catalog: .standard(), theme: theme ?? config.theme, mouse: mouse && config.mouse)
        if let summary = ConfigError.summary(of: configProblems) { app.startupMessages.append((summary, true)) }
        let problems = try app.run(
            paths: paths,
            load: { [useIndex = !options.noIndex] progress in
                ReaderCorpus.load(paths, useIndex: useIndex, minimumConfidence: threshold, progress: progress)
            },
            bookmarks: { StoreBookmarks(store: .standard(), corpus: $0) })
        // The terminal is restored: now the files that could not be read can be listed where they stay visible.
        for problem in problems { Console.warn(problem) }
        if configProblems.count > 1 { for problem in configProblems { Console.warn(problem.message) } }
    }
}
