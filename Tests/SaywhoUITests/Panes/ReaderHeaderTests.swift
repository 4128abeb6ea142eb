import SaywhoCore
import Testing

@testable import SaywhoUI

/// The reader's header keeps where the reader is (quote count, scroll position) whole at any
/// width; what the article is (date, outlet, author, language) yields first.
@Suite struct ReaderHeaderTests {
    static let about = ["2020-07-22", "The Calder Courier", "Nadia Brenner", "en"]
    static let position = ["10 quotes", "53%"]

    @Test(arguments: [120, 60, 40, 24])
    func positionAndCountsNeverTruncate(width: Int) {
        let line = ReaderPane.header(about: Self.about, position: Self.position, width: width)
        #expect(line.hasSuffix(" · 10 quotes · 53%"), "\(line)")
        #expect(DisplayWidth.of(line) <= width, "\(line)")
        #expect(line.hasPrefix("20"), "the date leads whatever is left: \(line)")
    }

    @Test func aWideHeaderShowsEverything() {
        #expect(
            ReaderPane.header(about: Self.about, position: Self.position, width: 120)
                == "2020-07-22 · The Calder Courier · Nadia Brenner · en · 10 quotes · 53%")
    }

    @Test func withNoRoomForTheRestThePositionStandsAlone() {
        #expect(ReaderPane.header(about: Self.about, position: Self.position, width: 18) == "10 quotes · 53%")
        #expect(ReaderPane.header(about: Self.about, position: Self.position, width: 22) == "10 quotes · 53%")
    }

    @Test func tooNarrowForThePositionCutsItLast() {
        let line = ReaderPane.header(about: Self.about, position: Self.position, width: 12)
        #expect(line.hasPrefix("10 quotes") && DisplayWidth.of(line) <= 12, "\(line)")
    }
}

/// The article's address: its host in the header, in full in the attribution pane.
@Suite struct ArticleURLTests {
    @Test func theHeaderNamesTheHostAndTheAttributionPaneGivesTheWholeAddress() {
        let article = Article(
            id: "u", path: "u.md", title: "Bridge opens", date: "2025-01-01", outlet: "Ledger",
            url: "https://ledger.example/2025/01/01/bridge?ref=rss", text: "“It is open,” said Ana Lind.")
        let s = ReaderState(view: CorpusView(corpus: Corpus(articles: [article])), size: Size(columns: 200, rows: 40))
        let screen = ReaderScreen().render(s).lines().joined(separator: "\n")
        #expect(screen.contains("2025-01-01 · Ledger · en · ledger.example · 1 quote"), "\(screen)")
        #expect(screen.contains("https://ledger.example/2025/01/01/bridge?ref=rss"), "\(screen)")
        #expect(ReaderPane.host("file:///tmp/x") == nil)
    }
}

/// A header part is shown whole or not at all, except the first when nothing else fits.
@Suite struct ReaderHeaderPartsTests {
    @Test func partsThatDoNotFitAreLeftOutWhole() {
        let about = ["2026-03-09", "The Calder Courier", "Nadia Brenner", "en", "caldercourier.example"]
        let line = ReaderPane.header(about: about, position: ["8 quotes", "68%"], width: 69)
        #expect(line == "2026-03-09 · The Calder Courier · Nadia Brenner · en · 8 quotes · 68%")
        let narrow = ReaderPane.header(about: about, position: ["8 quotes", "68%"], width: 48)
        #expect(narrow == "2026-03-09 · The Calder Courier · 8 quotes · 68%")
        #expect(!narrow.contains("…"))
    }
}
