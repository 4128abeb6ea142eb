import Foundation
import SaywhoTestSupport
import Testing

@testable import SaywhoCore

@Suite struct BookmarkTests {
    @Test func idIsStableAndDependsOnPathAndText() {
        let a = Bookmark.id(path: "/news/a.txt", articleID: "a", text: "Hello")
        #expect(a == Bookmark.id(path: "/news/a.txt", articleID: "a", text: "Hello"))
        #expect(a.count == 16)
        // FNV-1a is fixed, so ids made by earlier runs and other processes still match.
        #expect(Bookmark.id(path: "", articleID: "", text: "") == "08328807b4eb6fed")
        #expect(a != Bookmark.id(path: "/news/b.txt", articleID: "a", text: "Hello"))
        #expect(a != Bookmark.id(path: "/news/a.txt", articleID: "a", text: "Hello!"))
    }

    @Test func madeFromAQuoteKeepsItsOwnCopy() throws {
        let (article, extraction) = extractText(
            "The company was pleased.\n“We are thrilled to be working together on this,” the spokesperson said in a statement.\n")
        let quote = try #require(extraction.quotes.first)
        let bookmark = Bookmark(quote: quote, article: article, speaker: extraction.speaker(for: quote))
        #expect(bookmark.text == quote.text(in: article))
        #expect(bookmark.segments == quote.segments)
        #expect(bookmark.path.hasPrefix("/"))
        #expect(bookmark.articleID == article.id)
        #expect(bookmark.title == article.title)
        #expect(bookmark.created.timeIntervalSince1970 == bookmark.created.timeIntervalSince1970.rounded(.down))
    }
}
