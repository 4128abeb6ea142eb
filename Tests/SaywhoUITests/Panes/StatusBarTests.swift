import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// The status bar: messages before the key hint, summaries that keep the point, no standing theme name.
@Suite struct StatusBarTests {
    let view = CorpusView(corpus: ReaderFixture.corpus)

    func statusRow(_ state: ReaderState) -> String { ReaderScreen().render(state).lines().last! }

    @Test(arguments: [40, 44, 50, 60, 120])
    func bookmarkFeedbackShowsAtEveryWidth(columns: Int) {
        var s = ReaderState(view: view, size: Size(columns: columns, rows: 20))
        s.reduce(.message("bookmarked", isError: false))
        #expect(statusRow(s).hasSuffix("bookmarked "), "\(statusRow(s))")
    }

    @Test func aMessageTakesThePlaceOfTheKeyHint() {
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        #expect(statusRow(s).contains(StatusBar.hint))
        s.reduce(.message("speaker filter cleared", isError: false))
        #expect(!statusRow(s).contains("? help"))
        #expect(statusRow(s).hasPrefix(" article 1/3 │ quote 1/1"))
        #expect(statusRow(s).hasSuffix("speaker filter cleared "))
    }

    @Test func aLongMessageKeepsItsVerbAndObject() {
        let title = "Port Calder council backs harbour dredging plan after a late-night vote on Thursday"
        let line = StatusBar.arrange(
            left: " article 1/13 │ quote 1/8", message: "\(title): article no longer in this corpus", width: 60)
        #expect(DisplayWidth.of(line.left + line.right) <= 60)
        #expect(line.right.hasPrefix("Port Calder"))
        #expect(line.right.hasSuffix("…: article no longer in this corpus "))
        let named = Truncation.summary("showing quotes by Delia Ferreira of the Port Calder town council", toWidth: 40)
        #expect(DisplayWidth.of(named) <= 40)
        #expect(named.hasPrefix("showing …"))
        #expect(named.hasSuffix("Port Calder town council"))
        let query = Truncation.summary("\"a very long query that nobody would type\" not found in this article", toWidth: 40)
        #expect(query.hasPrefix("\"a very"))
        #expect(query.hasSuffix("…\" not found in this article"))
    }

    @Test func theThemeIsNamedAfterTAndNotAfterTheNextKey() {
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40), themeNames: ["default", "light"])
        #expect(!statusRow(s).contains("theme"))
        s.reduce(.command(.nextTheme))
        #expect(statusRow(s).hasSuffix("theme: light "))
        s.reduce(.command(.moveDown))
        #expect(!statusRow(s).contains("theme"))
    }
}
