import Foundation
import SaywhoCore

/// The corpus as the reader shows it: articles newest first, speakers with stable colours.
public struct CorpusView: Sendable {
    public let corpus: Corpus
    /// Article indices into `corpus.articles`, newest first (undated last), then by title.
    public let order: [Int]
    /// Palette index of each speaker id: its place in the corpus, so a speaker keeps one colour.
    public let colorIndex: [String: Int]
    /// Quotes per speaker id across the corpus.
    public let quoteCounts: [String: Int]
    /// The full-text search `/` in the article list goes through, when the corpus came from the index.
    public let search: (any ArticleSearching)?

    public init(corpus: Corpus, search: (any ArticleSearching)? = nil) {
        self.corpus = corpus
        self.search = search
        order = Article.listingOrder(of: corpus.articles)
        var colors: [String: Int] = [:]
        for (i, speaker) in corpus.speakers.enumerated() { colors[speaker.id] = i }
        colorIndex = colors
        quoteCounts = corpus.quoteCounts
    }

    public var articles: [Article] { corpus.articles }

    public func quotes(of article: Int) -> [Quote] { corpus.extractions[article].quotes }

    public func speaker(of quote: Quote) -> Speaker? {
        guard let id = quote.attribution?.speakerID else { return nil }
        return corpus.speaker(id: id)
    }

    /// True when the article holds a quote by speaker `id`.
    public func article(_ article: Int, quotes speakerID: String) -> Bool {
        corpus.extractions[article].quotes.contains { $0.attribution?.speakerID == speakerID }
    }
}
