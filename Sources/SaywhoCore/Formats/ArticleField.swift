/// An article field that JSON and JSON Lines files carry, and the keys it is read from.
///
/// One table for both readers, so `saywho extract`, the loader and `.json` files take
/// the same keys with the same precedence.
public enum ArticleField: Int, CaseIterable, Sendable {
    case id, text, title, date, outlet, author, url, language

    /// The keys that hold the field, in order of precedence: the first one present wins.
    public var keys: [String] {
        switch self {
        case .id: return ["id"]
        case .text: return ["text", "body", "content"]
        case .title: return ["title", "headline"]
        case .date: return ["date", "publication_date", "published"]
        case .outlet: return ["outlet", "publisher", "source"]
        case .author: return ["author", "byline"]
        case .url: return ["url", "link"]
        case .language: return ["lang", "language"]
        }
    }
}
