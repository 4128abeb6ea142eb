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
        let corpus = try corpus.load()
        guard Console.stdoutIsTerminal, isatty(STDIN_FILENO) == 1 else {
            // Not a terminal: print the article list instead of starting the reader.
            var table = Table("DATE", "QUOTES", "TITLE")
            for (article, extraction) in zip(corpus.articles, corpus.extractions) {
                table.add(article.date ?? "", String(extraction.quotes.count), article.title)
            }
            Console.write(table.render())
            return
        }
        let app = ReaderApp(
            corpus: corpus, keyMap: .defaults, catalog: .standard(), theme: theme, mouse: mouse,
            bookmarks: MemoryBookmarks())
        if !corpus.report.problems.isEmpty {
            let count = corpus.report.problems.count
            app.startupMessages.append(("\(count) file\(count == 1 ? "" : "s") could not be read: \(corpus.report.problems[0])", true))
        }
        try app.run()
    }
}

/// Bookmarks kept for this run only.
final class MemoryBookmarks: BookmarkBackend {
    private var saved: [BookmarkEntry] = []

    func entries() throws -> [BookmarkEntry] { saved }

    func toggle(article: Article, quote: Quote, corpus: Corpus) throws -> Bool {
        if let i = saved.firstIndex(where: { $0.articlePath == article.path && $0.quoteStart == quote.span.start }) {
            saved.remove(at: i)
            return false
        }
        saved.append(entry(article: article, quote: quote, corpus: corpus, note: nil))
        return true
    }

    func setNote(_ note: String, article: Article, quote: Quote, corpus: Corpus) throws {
        if let i = saved.firstIndex(where: { $0.articlePath == article.path && $0.quoteStart == quote.span.start }) {
            saved[i].note = note
        } else {
            saved.append(entry(article: article, quote: quote, corpus: corpus, note: note))
        }
    }

    private func entry(article: Article, quote: Quote, corpus: Corpus, note: String?) -> BookmarkEntry {
        let speaker = quote.attribution.flatMap { corpus.speaker(id: $0.speakerID) }
        return BookmarkEntry(
            id: "\(article.path)#\(quote.span.start)", articleID: article.id, articlePath: article.path, articleTitle: article.title,
            date: article.date, outlet: article.outlet, quoteText: quote.text(in: article), quoteStart: quote.span.start,
            speaker: speaker?.name, channel: quote.attribution?.channel, note: note)
    }
}
