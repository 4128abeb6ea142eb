import Foundation
import SaywhoCore
import Testing

/// Bookmarks found again in the loaded articles: by file and id, then the quote by its text.
@Suite struct BookmarkLocatorTests {
    let text = "Intro line.\n“We are thrilled,” she said.\n"

    func bookmark(path: String, articleID: String, segments: [TextRange] = [TextRange(12, 30)]) -> Bookmark {
        Bookmark(
            text: "“We are thrilled,”", segments: segments, articleID: articleID, title: "t", path: Bookmark.absolutePath(path))
    }

    @Test func findsTheArticleOfItsFileWithItsId() {
        let articles = [
            Article(id: "a", path: "feed.jsonl", text: "Other words.\n“We are thrilled,” said another."),
            Article(id: "b", path: "feed.jsonl", text: "A new first line.\n" + text),
            Article(id: "b", path: "other.jsonl", text: text),
        ]
        let location = BookmarkLocator(articles: articles).locate(bookmark(path: "feed.jsonl", articleID: "b"))
        #expect(
            location == BookmarkLocator.Location(article: 1, path: "feed.jsonl", segments: [TextRange(30, 48)], anchored: true))
    }

    @Test func takesTheFilesFirstArticleWhenNoneHasTheId() {
        let articles = [Article(id: "renamed", path: "one.txt", text: text)]
        let location = BookmarkLocator(articles: articles).locate(bookmark(path: "one.txt", articleID: "one"))
        #expect(location.article == 0)
        #expect(location.segments == [TextRange(12, 30)])
        #expect(location.anchored)
    }

    @Test func keepsTheStoredRangesWhenTheQuoteOrTheFileIsGone() {
        let articles = [Article(id: "one", path: "one.txt", text: "The quote was cut from this article.")]
        let locator = BookmarkLocator(articles: articles)
        let cut = locator.locate(bookmark(path: "one.txt", articleID: "one"))
        #expect(cut == BookmarkLocator.Location(article: 0, path: "one.txt", segments: [TextRange(12, 30)], anchored: false))
        let gone = locator.locate(bookmark(path: "gone.txt", articleID: "gone"))
        #expect(
            gone
                == BookmarkLocator.Location(
                    article: nil, path: Bookmark.absolutePath("gone.txt"), segments: [TextRange(12, 30)], anchored: false))
    }
}
