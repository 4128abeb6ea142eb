/// The quotes of one article and the speakers they are attributed to.
public struct ArticleExtraction: Hashable, Sendable {
    public var quotes: [Quote]
    /// Speakers of this article, keyed by `Speaker.id` in the quotes' attributions.
    public var speakers: [Speaker]

    public init(quotes: [Quote], speakers: [Speaker]) {
        self.quotes = quotes
        self.speakers = speakers
    }

    public func speaker(for quote: Quote) -> Speaker? {
        guard let id = quote.attribution?.speakerID else { return nil }
        return speakers.first { $0.id == id }
    }
}

/// Anything that finds an article's quotes and their speakers: the attribution engine, or a
/// cache of its results. The corpus takes one so that it need not know the engine.
public protocol QuoteExtracting: Sendable {
    func extract(_ article: Article) -> ArticleExtraction
}
