import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// The `?` window: keys grouped by task, a more marker, scrolling keys and `/`.
@Suite struct HelpOverlayTests {
    let view = CorpusView(corpus: ReaderFixture.corpus)

    func state(_ size: Size = Size(columns: 100, rows: 24)) -> ReaderState {
        let help = KeyMap.defaults.helpLines().map { HelpLine(group: $0.group, keys: $0.keys, help: $0.help) }
        var s = ReaderState(view: view, size: size, helpLines: help)
        s.reduce(.command(.help))
        return s
    }

    func screen(_ s: ReaderState) -> String { ReaderScreen().render(s).lines().joined(separator: "\n") }

    @Test func keysAreGroupedByTaskAndAMarkerSaysWhatIsBelow() {
        let s = state()
        let text = screen(s)
        #expect(text.contains("│Moving"), "\(text)")
        #expect(text.contains("│Quotes"), "\(text)")
        #expect(text.contains(" more ─┘"), "\(text)")
        let moving = text.range(of: "│Moving")!.lowerBound
        let quotes = text.range(of: "│Quotes")!.lowerBound
        #expect(moving < quotes)
    }

    @Test func jkgGAndPagesScrollWithinTheText() {
        var s = state()
        s.reduce(.command(.moveDown))
        #expect(s.overlay == .help(scroll: 1))
        s.reduce(.command(.moveUp))
        s.reduce(.command(.moveUp))
        #expect(s.overlay == .help(scroll: 0))
        s.reduce(.command(.bottom))
        guard case .help(let end, _, _) = s.overlay else {
            Issue.record("help closed")
            return
        }
        #expect(end == s.maxHelpScroll(filter: "", typing: false))
        #expect(end > 0)
        #expect(!screen(s).contains(" more ─┘"), "at the end nothing is below")
        s.reduce(.command(.pageDown))
        #expect(s.overlay == .help(scroll: end))
        s.reduce(.command(.pageUp))
        guard case .help(let up, _, _) = s.overlay else { return }
        #expect(up < end)
        s.reduce(.command(.top))
        #expect(s.overlay == .help(scroll: 0))
    }

    @Test func slashNarrowsTheKeysToWhatWasTyped() {
        var s = state()
        s.reduce(.command(.search))
        #expect(s.action(for: .character("q"), command: .back) == .type("q"), "letters are text while typing")
        for c in "bookmark" { s.reduce(.type(c)) }
        var text = screen(s)
        #expect(text.contains("/ bookmark▏"))
        #expect(text.contains("list bookmarks"))
        #expect(!text.contains("next quote"))
        s.reduce(.command(.open))
        #expect(s.overlay == .help(scroll: 0, filter: "bookmark"))
        text = screen(s)
        #expect(text.contains("/ bookmark") && !text.contains("bookmark▏"))
        s.reduce(.command(.search))
        for c in "zz" { s.reduce(.type(c)) }
        #expect(screen(s).contains("No key matches."))
        s.reduce(.command(.back))
        #expect(s.overlay == .help(scroll: 0), "Esc while typing drops the filter and keeps the window")
        s.reduce(.command(.back))
        #expect(s.overlay == nil)
    }
}
