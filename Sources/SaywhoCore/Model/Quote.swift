/// How a quotation stands in its sentence.
public enum QuoteKind: String, Hashable, Sendable, Codable {
    /// A whole statement in quotation marks.
    case direct
    /// A quoted phrase inside indirect speech: she called it "a disgrace".
    case mixed
    /// A Markdown block quote (`> …`).
    case block
}

/// One statement found in an article, with who said it when that is known.
public struct Quote: Hashable, Sendable, Identifiable {
    /// `<article id>#<n>`, n counting from 1 in text order.
    public var id: String
    public var articleID: String
    /// One range per paragraph the statement runs over, quotation marks included.
    public var segments: [TextRange]
    public var kind: QuoteKind
    public var attribution: Attribution?

    public init(id: String, articleID: String, segments: [TextRange], kind: QuoteKind, attribution: Attribution? = nil) {
        precondition(!segments.isEmpty, "a quote has at least one segment")
        self.id = id
        self.articleID = articleID
        self.segments = segments
        self.kind = kind
        self.attribution = attribution
    }

    /// From the first segment's start to the last segment's end.
    public var span: TextRange { TextRange(segments[0].start, segments[segments.count - 1].end) }

    /// The quoted text, segments joined by a paragraph break. This reads the whole article's
    /// text to find the quote: a caller with several quotes of one article takes its scalars
    /// once and asks `text(in:)` of them.
    public func text(in article: Article) -> String {
        text(in: Array(article.text.unicodeScalars))
    }

    /// The quoted text from the article's scalars, for callers that keep them (no pass over the whole text).
    public func text(in scalars: [Unicode.Scalar]) -> String {
        segments.map { range in
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[range.start..<range.end])
            return String(s)
        }.joined(separator: "\n")
    }
}
