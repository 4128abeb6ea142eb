/// Finds bookmarks again among loaded articles: the article by its file and id, the quote by its text.
///
/// Articles change after a bookmark is made (an edited file, a re-export of a feed), so the
/// stored offsets are checked against the text and the quote is looked for by its words
/// when they no longer hold it (`Bookmark.anchor(in:)`).
public struct BookmarkLocator: Sendable {
    /// Where a bookmark stands among the articles.
    public struct Location: Hashable, Sendable {
        /// The article's index, or nil when no loaded article comes from the bookmark's file.
        public var article: Int?
        /// The article's path as loaded, else the path the bookmark recorded.
        public var path: String
        /// The quote's ranges in the article: found again, or the stored ones when the text no longer holds it.
        public var segments: [TextRange]
        /// True when the quote was found in the article's text.
        public var anchored: Bool

        public init(article: Int?, path: String, segments: [TextRange], anchored: Bool) {
            self.article = article
            self.path = path
            self.segments = segments
            self.anchored = anchored
        }
    }

    private let articles: [Article]
    /// Article indices by absolute path, as bookmarks record paths.
    private let byPath: [String: [Int]]

    public init(articles: [Article]) {
        self.articles = articles
        var index: [String: [Int]] = [:]
        for (i, article) in articles.enumerated() { index[Bookmark.absolutePath(article.path), default: []].append(i) }
        byPath = index
    }

    /// The article and ranges of `bookmark`. Of the articles of its file (a JSON Lines file
    /// holds several), the one with its id; the file's first when none has it.
    public func locate(_ bookmark: Bookmark) -> Location {
        let candidates = byPath[bookmark.path] ?? []
        guard let index = candidates.first(where: { articles[$0].id == bookmark.articleID }) ?? candidates.first else {
            return Location(article: nil, path: bookmark.path, segments: bookmark.segments, anchored: false)
        }
        let article = articles[index]
        let found = bookmark.anchor(in: article.text)
        return Location(article: index, path: article.path, segments: found ?? bookmark.segments, anchored: found != nil)
    }
}
