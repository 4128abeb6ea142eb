/// A full-text search over the corpus the reader shows (the index's), for `/` in the article list.
///
/// Without one the list is narrowed by the typed text as a substring of titles and texts.
public protocol ArticleSearching: Sendable {
    /// Positions in the corpus' articles of those matching `query`, or nil when the query
    /// holds no word (every article matches). Asked again for the same query, it answers
    /// without searching again.
    func articles(matching query: String) -> Set<Int>?
}
