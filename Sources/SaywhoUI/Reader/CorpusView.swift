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
    /// Speakers by id, and the articles that quote each: a key press looks them up instead of
    /// going through the corpus.
    private let speakersByID: [String: Speaker]
    private let articlesBySpeaker: [String: Set<Int>]
    /// The article list last worked out, for the filter and search it was worked out for.
    let visibleMemo = VisibleArticlesMemo()

    public init(corpus: Corpus, search: (any ArticleSearching)? = nil) {
        self.corpus = corpus
        self.search = search
        order = Article.listingOrder(of: corpus.articles)
        var colors: [String: Int] = [:]
        var byID: [String: Speaker] = [:]
        for (i, speaker) in corpus.speakers.enumerated() {
            colors[speaker.id] = i
            byID[speaker.id] = speaker
        }
        colorIndex = colors
        speakersByID = byID
        quoteCounts = corpus.quoteCounts
        var bySpeaker: [String: Set<Int>] = [:]
        for (i, extraction) in corpus.extractions.enumerated() {
            for quote in extraction.quotes { if let id = quote.attribution?.speakerID { bySpeaker[id, default: []].insert(i) } }
        }
        articlesBySpeaker = bySpeaker
    }

    public var articles: [Article] { corpus.articles }

    public func quotes(of article: Int) -> [Quote] { corpus.extractions[article].quotes }

    public func speaker(of quote: Quote) -> Speaker? {
        guard let id = quote.attribution?.speakerID else { return nil }
        return speakersByID[id]
    }

    /// True when the article holds a quote by speaker `id`.
    public func article(_ article: Int, quotes speakerID: String) -> Bool {
        articlesBySpeaker[speakerID]?.contains(article) ?? false
    }
}

/// The last article list the reader worked out, by the speaker filter and search it answers,
/// so that drawing a frame or pressing a key does not go through the corpus again.
final class VisibleArticlesMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (speaker: String?, query: String?, articles: [Int])?

    func articles(speaker: String?, query: String?, compute: () -> [Int]) -> [Int] {
        if let last = lock.withLock({ last }), last.speaker == speaker, last.query == query { return last.articles }
        let articles = compute()
        lock.withLock { last = (speaker, query, articles) }
        return articles
    }
}
