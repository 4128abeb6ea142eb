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

extension ArticleExtraction {
    /// The extraction with attributions less sure than `minimumConfidence` taken off their
    /// quotes (which stay, unattributed), and the speakers no quote names any more left out.
    public func keeping(minimumConfidence: Double) -> ArticleExtraction {
        guard minimumConfidence > 0 else { return self }
        var result = self
        for q in result.quotes.indices where (result.quotes[q].attribution?.confidence ?? 1) < minimumConfidence {
            result.quotes[q].attribution = nil
        }
        let named = Set(result.quotes.compactMap { $0.attribution?.speakerID })
        result.speakers = result.speakers.filter { named.contains($0.id) }
        return result
    }
}

extension ArticleExtraction {
    /// The text of each quote, cut from `article` (its scalars taken once, so each quote costs
    /// its own length only).
    public func quoteTexts(in article: Article) -> [String] {
        guard !quotes.isEmpty else { return [] }
        let scalars = Array(article.text.unicodeScalars)
        return quotes.map { $0.text(in: scalars) }
    }
}
