import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// The pane with the keyboard is plain to see, and Shift-Tab reaches every pane at every size.
@Suite struct FocusTests {
    let view = CorpusView(corpus: ReaderFixture.corpus)

    @Test(arguments: [(120, 40), (100, 30), (70, 24)])
    func shiftTabCyclesEveryPane(columns: Int, rows: Int) {
        var s = ReaderState(view: view, size: Size(columns: columns, rows: rows))
        var seen: [Pane] = []
        for _ in 0..<3 {
            s.reduce(.command(.focusPrevious))
            seen.append(s.focus)
            #expect(s.geometry(of: s.focus) != nil, "the focused pane \(s.focus) is on screen")
        }
        #expect(seen == [.articles, .attribution, .reader])
        var forward: [Pane] = []
        for _ in 0..<3 {
            s.reduce(.command(.focusNext))
            forward.append(s.focus)
            #expect(s.geometry(of: s.focus) != nil, "the focused pane \(s.focus) is on screen")
        }
        #expect(forward == [.attribution, .articles, .reader])
    }

    @Test(arguments: [Pane.articles, .reader, .attribution])
    func theFocusedPaneHasAFocusBorderAndAMarkedTitle(pane: Pane) {
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        s.focus = pane
        let buffer = ReaderScreen().render(s)
        for other in Pane.allCases {
            let frame = s.geometry(of: other)!.frame
            let corner = buffer[frame.x, frame.y]
            let top = buffer.lines()[frame.y]
            let title = String(top.dropFirst(frame.x).prefix(frame.width))
            if other == pane {
                #expect(corner.style.role == .focus)
                #expect(title.hasPrefix("┌┤ ▶ "), "\(title)")
            } else {
                #expect(corner.style.role == .border)
                #expect(!title.contains("▶"), "\(title)")
            }
        }
    }

    @Test func everyShippedThemeDrawsTheFocusApartFromTheBorder() throws {
        for name in BuiltinThemes.names {
            let theme = try Theme(tomlText: BuiltinThemes.text(named: name)!, name: name, file: name)
            #expect(theme.style(for: .focus) != theme.style(for: .border), "\(name)")
        }
    }

    @Test func aThemeWithoutAFocusRoleDrawsTheFocusLikeTitles() {
        let title = RoleStyle(foreground: .indexed(3), bold: true)
        let theme = Theme(name: "mine", roles: [.text: RoleStyle(), .title: title], palette: [])
        #expect(theme.style(for: .focus) == title)
        #expect(theme.style(for: .border) == RoleStyle())
    }

    @Test func theSearchPromptSaysWhatItSearches() {
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        s.reduce(.command(.search))
        #expect(ReaderScreen().render(s).lines().last!.hasPrefix("search this article: "))
        s.reduce(.command(.back))
        s.reduce(.command(.focusPrevious))
        s.reduce(.command(.search))
        #expect(ReaderScreen().render(s).lines().last!.hasPrefix("search articles: "))
    }
}
