import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// The bookmark list: newest first, date before outlet, `d` and `u`, notes in place, the filter it clears.
@Suite struct BookmarkListTests {
    let view = CorpusView(corpus: ReaderFixture.corpus)

    func entry(_ articleID: String, quote: Int, created: TimeInterval, note: String? = nil) -> BookmarkEntry {
        let index = view.articles.firstIndex { $0.id == articleID }!
        let article = view.articles[index]
        let q = view.quotes(of: index)[quote]
        return BookmarkEntry(
            id: "\(articleID)-\(quote)", articleID: article.id, articlePath: article.path, articleTitle: article.title,
            date: article.date, outlet: article.outlet, quoteText: q.text(in: article), quoteStart: q.span.start,
            speaker: view.speaker(of: q)?.name, channel: nil, note: note, created: Date(timeIntervalSince1970: created))
    }

    func state(_ entries: [BookmarkEntry]) -> ReaderState {
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        s.reduce(.bookmarksChanged(entries))
        return s
    }

    @Test func theListOpensOnTheNewestAndShowsTheDateBeforeTheOutlet() {
        var s = state([
            entry("storm", quote: 0, created: 100), entry("harbour", quote: 1, created: 300),
            entry("school", quote: 0, created: 200),
        ])
        s.reduce(.command(.bookmarks))
        #expect(s.bookmarksNewestFirst.map(\.id) == ["harbour-1", "school-0", "storm-0"])
        let screen = ReaderScreen().render(s).lines()
        let meta = screen.first { $0.contains("— Tom Reyes") }!
        #expect(meta.contains("— Tom Reyes · 2025-03-02 · Coastal Ledger · Harbour plan approved"), "\(meta)")
        let first = screen.firstIndex { $0.contains("★ “The cost will double,”") }!
        let second = screen.firstIndex { $0.contains("★ “The children are back") }!
        #expect(first < second)
        s.reduce(.command(.open))
        #expect(s.view.articles[s.article!].id == "harbour")
        #expect(s.quote == 1)
    }

    @Test func dDeletesAndUPutsBackUntilTheListCloses() {
        var s = state([entry("storm", quote: 0, created: 100), entry("harbour", quote: 1, created: 300)])
        s.reduce(.command(.bookmarks))
        #expect(s.reduce(.command(.deleteBookmark)) == [.deleteBookmark(id: "harbour-1")])
        s.reduce(.bookmarksChanged([entry("storm", quote: 0, created: 100)]))
        #expect(s.overlay == .bookmarks(selection: 0))
        #expect(s.reduce(.command(.deleteBookmark)) == [.deleteBookmark(id: "storm-0")])
        s.reduce(.bookmarksChanged([]))
        #expect(s.reduce(.command(.undo)) == [.restoreBookmark(id: "storm-0")])
        #expect(s.reduce(.command(.undo)) == [.restoreBookmark(id: "harbour-1")])
        #expect(s.reduce(.command(.undo)) == [])
        #expect(s.message?.text == "nothing to undo")
        s.reduce(.command(.deleteBookmark))
        s.reduce(.command(.back))
        s.reduce(.command(.bookmarks))
        #expect(s.reduce(.command(.undo)) == [], "closing the list ends what u can undo")
    }

    @Test func aEditsTheNoteInPlace() {
        var s = state([entry("storm", quote: 0, created: 100, note: "check")])
        s.reduce(.command(.bookmarks))
        s.reduce(.command(.editNote))
        #expect(s.overlay == .bookmarks(selection: 0, note: "check"))
        #expect(s.action(for: .character("q"), command: .back) == .type("q"), "the note takes letters")
        for c in " time" { s.reduce(.type(c)) }
        #expect(ReaderScreen().render(s).lines().contains { $0.contains("note: check time▏") })
        #expect(s.reduce(.command(.open)) == [.setBookmarkNote(id: "storm-0", note: "check time")])
        #expect(s.overlay == .bookmarks(selection: 0))
        s.reduce(.command(.editNote))
        s.reduce(.clearLine)
        s.reduce(.command(.back))
        #expect(s.overlay == .bookmarks(selection: 0), "Esc leaves the note as it was and the list open")
    }

    @Test func openingABookmarkThatClearsTheSpeakerFilterSaysSo() {
        var s = state([entry("storm", quote: 1, created: 100)])
        s.reduce(.command(.speakerFilter))
        for c in "reyes" { s.reduce(.type(c)) }
        s.reduce(.command(.open))
        #expect(s.speakerFilter != nil)
        s.reduce(.command(.bookmarks))
        s.reduce(.command(.open))
        #expect(s.speakerFilter == nil)
        #expect(s.view.articles[s.article!].id == "storm")
        #expect(s.message?.text == "speaker filter cleared to show the bookmark")
    }
}
