import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// Windows take the mouse: the wheel scrolls or moves the selection, a click chooses, outside closes.
@Suite struct OverlayMouseTests {
    let view = CorpusView(corpus: ReaderFixture.corpus)

    @Test func theWheelScrollsHelpAndLeavesThePanesAlone() {
        let help = KeyMap.defaults.helpLines().map { HelpLine(group: $0.group, keys: $0.keys, help: $0.help) }
        var s = ReaderState(view: view, size: Size(columns: 100, rows: 24), helpLines: help)
        s.reduce(.command(.help))
        let scroll = s.scroll
        s.reduce(.wheel(up: false, x: 50, y: 10))
        #expect(s.overlay == .help(scroll: 3))
        #expect(s.scroll == scroll)
        s.reduce(.wheel(up: true, x: 50, y: 10))
        #expect(s.overlay == .help(scroll: 0))
        s.reduce(.click(x: 0, y: 0))
        #expect(s.overlay == nil, "a click outside closes it")
    }

    @Test func aClickOnASpeakerFiltersByIt() throws {
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        s.reduce(.command(.speakerFilter))
        s.reduce(.wheel(up: false, x: 60, y: 20))
        #expect(s.overlay == .speakerPicker(query: "", selection: 1))
        let lines = ReaderScreen().render(s).lines()
        let y = try #require(lines.firstIndex { $0.contains("Tom Reyes") })
        let x = try #require(lines[y].range(of: "Tom Reyes")).lowerBound.utf16Offset(in: lines[y])
        s.reduce(.click(x: x, y: y))
        #expect(s.overlay == nil)
        #expect(s.speakerFilter == "tom reyes")
    }

    @Test func aClickOnABookmarkOpensIt() throws {
        let index = view.articles.firstIndex { $0.id == "storm" }!
        let article = view.articles[index]
        let q = view.quotes(of: index)[1]
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        s.reduce(
            .bookmarksChanged([
                BookmarkEntry(
                    id: "b1", articleID: article.id, articlePath: article.path, articleTitle: article.title, date: article.date,
                    outlet: nil, quoteText: q.text(in: article), quoteStart: q.span.start, speaker: nil, channel: nil, note: nil)
            ]))
        s.reduce(.command(.bookmarks))
        let lines = ReaderScreen().render(s).lines()
        let y = try #require(lines.firstIndex { $0.contains("★ “We expect to reopen") })
        s.reduce(.click(x: 30, y: y + 1))
        #expect(s.overlay == nil)
        #expect(s.article == index)
        #expect(s.quote == 1)
    }
}
