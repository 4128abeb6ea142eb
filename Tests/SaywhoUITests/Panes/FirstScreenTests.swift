import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// The first screen.
@Suite struct FirstScreenTests {
    @Test func opensOnTheFirstArticleThatHasQuotes() {
        let quiet = Article(
            id: "quiet", path: "fixture/quiet.txt", title: "A quiet day", date: "2026-01-01", text: "Nothing was said.")
        let s = ReaderState(
            view: CorpusView(corpus: ReaderFixture.corpus(ReaderFixture.articles + [quiet])), size: Size(columns: 120, rows: 40))
        #expect(s.view.articles[s.article!].id == "school")
        #expect(s.quote == 0)
        #expect(s.visibleArticles.first.map { s.view.articles[$0].id } == "quiet", "the list still starts with the newest")
    }

    @Test func withoutAnyQuoteItOpensTheNewestArticle() {
        let quiet = Article(
            id: "quiet", path: "fixture/quiet.txt", title: "A quiet day", date: "2026-01-01", text: "Nothing was said.")
        let s = ReaderState(view: CorpusView(corpus: ReaderFixture.corpus([quiet])), size: Size(columns: 120, rows: 40))
        #expect(s.article == 0)
        #expect(s.quote == nil)
    }

    @Test func theStackedLayoutShowsTheQuotesWordsInItsStrip() {
        var s = ReaderState(view: CorpusView(corpus: ReaderFixture.corpus), size: Size(columns: 70, rows: 24))
        s.reduce(.command(.nextQuote))
        let frame = s.geometry(of: .attribution)!.frame
        let strip = ReaderScreen().render(s).lines()[frame.y..<frame.maxY].joined(separator: "\n")
        #expect(strip.contains("Lena Ortiz"), "\(strip)")
        #expect(strip.contains("“This is a good day for the town,”"), "\(strip)")
    }
}
