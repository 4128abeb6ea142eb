import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// The article list: titles use the pane's width, and the border says where the selection is.
@Suite struct ArticlesPaneTests {
    let view = CorpusView(corpus: ReaderFixture.corpus)

    func rows(_ state: ReaderState, _ pane: Pane) -> [String] {
        let frame = state.geometry(of: pane)!.frame
        return ReaderScreen().render(state).lines()[frame.y..<frame.maxY].map {
            String($0.dropFirst(frame.x).prefix(frame.width))
        }
    }

    @Test func atWideSizesEachArticleIsOneRowWithDateAndCountRightAligned() {
        let s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        let list = rows(s, .articles)
        #expect(list[1].hasPrefix("│› School roof repaired"), "\(list[1])")
        #expect(list[1].hasSuffix(" 2025-05-10 · 1│"), "\(list[1])")
        #expect(list[2].hasPrefix("│  Harbour plan approved"), "\(list[2])")
        #expect(list[2].hasSuffix(" 2025-03-02 · 3│"), "\(list[2])")
        #expect(list[3].hasSuffix(" 2024-11-20 · 2│"), "\(list[3])")
    }

    @Test func aLongTitleTakesTheWholeRowBesideItsDate() {
        let long = Article(
            id: "long", path: "fixture/long.txt", title: String(repeating: "Council debates the harbour budget again ", count: 3),
            date: "2026-02-01", text: "Nothing was said.")
        let s = ReaderState(
            view: CorpusView(corpus: ReaderFixture.corpus(ReaderFixture.articles + [long])), size: Size(columns: 180, rows: 40))
        let row = rows(s, .articles)[1]
        let frame = s.geometry(of: .articles)!.frame
        #expect(DisplayWidth.of(row) == frame.width)
        #expect(row.hasPrefix("│  Council debates the harbour budget again"), "\(row)")
        #expect(row.hasSuffix("… 2026-02-01 · 0│"), "\(row)")
    }

    @Test func theBottomBorderShowsTheSelectionAndTheCount() {
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        #expect(rows(s, .articles).last!.hasSuffix(" 1/3 ─┘"))
        s.reduce(.command(.focusPrevious))
        s.reduce(.command(.moveDown))
        #expect(rows(s, .articles).last!.hasSuffix(" 2/3 ─┘"))
    }

    @Test func inThePlaceOfTheReaderEntriesShowTheOutletOnASecondRow() {
        var s = ReaderState(view: view, size: Size(columns: 100, rows: 30))
        s.reduce(.command(.toggleArticles))
        let list = rows(s, .articles)
        #expect(list[1].hasPrefix("│› School roof repaired"))
        #expect(list[2].hasPrefix("│  2025-05-10 · Valley Post · 1 quote"))
    }
}
