import ArgumentParser
import SaywhoCore

/// `saywho [PATH...]`: opens the corpus in the reader.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Open articles in the reader (the default).")

    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        let corpus = try corpus.load()
        var table = Table("DATE", "QUOTES", "TITLE")
        for (article, extraction) in zip(corpus.articles, corpus.extractions) {
            table.add(article.date ?? "", String(extraction.quotes.count), article.title)
        }
        Console.write(table.render())
    }
}
