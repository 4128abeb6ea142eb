import Foundation
import SaywhoTestSupport
import Testing

@testable import SaywhoCore

/// A bookmark for tests; `n` makes the text, and so the id, distinct.
func sampleBookmark(_ n: Int = 1, note: String? = nil) -> Bookmark {
    Bookmark(
        created: Date(timeIntervalSince1970: 1_700_000_000 + Double(n)), note: note,
        text: "“We are thrilled, number \(n),” she said.", segments: [TextRange(10, 40)], speaker: "Jane Doe",
        mention: "she", channel: "Instagram Story", articleID: "a\(n)", title: "Title \(n)", path: "/news/a\(n).txt",
        outlet: "Daily Outlet", date: "2024-03-01")
}

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
