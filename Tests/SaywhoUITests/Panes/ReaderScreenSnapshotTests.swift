import Foundation
import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// The reader's screen as text, compared with snapshots kept beside this file.
///
/// Run with `SAYWHO_RECORD_SNAPSHOTS=1 swift test --filter ReaderScreenSnapshotTests` to
/// write them anew after a deliberate change, then read the diff before committing.
@Suite struct ReaderScreenSnapshotTests {
    let view = CorpusView(corpus: ReaderFixture.corpus)

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func check(_ name: String, _ state: ReaderState, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = ReaderScreen().render(state).lines()
        for line in lines {
            #expect(
                DisplayWidth.of(line) == state.size.columns, "row width \(DisplayWidth.of(line)): \(line)",
                sourceLocation: sourceLocation)
        }
        let file = Self.folder.appendingPathComponent(name + ".txt")
        let text = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["SAYWHO_RECORD_SNAPSHOTS"] != nil {
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        let want = expected.components(separatedBy: "\n")
        let got = text.components(separatedBy: "\n")
        #expect(got.count == want.count, sourceLocation: sourceLocation)
        for (n, (a, b)) in zip(got, want).enumerated() where a != b {
            Issue.record("\(name) line \(n + 1)\n  got:  \(a)\n  want: \(b)", sourceLocation: sourceLocation)
        }
    }

    @Test func threePanesAt120x40() throws {
        var state = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        state.reduce(.command(.nextQuote))
        state.reduce(.command(.nextQuote))
        try check("three-panes-120x40", state)
    }

    @Test func stackedAt70x24() throws {
        var state = ReaderState(view: view, size: Size(columns: 70, rows: 24))
        state.reduce(.command(.nextQuote))
        try check("stacked-70x24", state)
    }

    @Test func speakerPickerAt100x30() throws {
        var state = ReaderState(view: view, size: Size(columns: 100, rows: 30))
        state.reduce(.command(.speakerFilter))
        state.reduce(.type("o"))
        try check("picker-100x30", state)
    }

    @Test func tooSmallShowsANotice() {
        let state = ReaderState(view: view, size: Size(columns: 30, rows: 8))
        let lines = ReaderScreen().render(state).lines().map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.filter { !$0.isEmpty } == ["Terminal too small", "30x8, need 40x10"])
    }

    /// Every size under 40×10 down to 20×5 shows the whole notice: what is wrong, the size, the size needed.
    @Test(arguments: [(39, 9), (39, 10), (30, 8), (25, 6), (20, 5), (40, 5), (100, 9)])
    func tooSmallNoticeFitsWhole(columns: Int, rows: Int) {
        let state = ReaderState(view: view, size: Size(columns: columns, rows: rows))
        let lines = ReaderScreen().render(state).lines()
        let text = lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        #expect(text.contains("\(columns)x\(rows)"), "\(lines)")
        #expect(text.contains("40x10"), "\(lines)")
        #expect(text.lowercased().contains("too small"), "\(lines)")
        #expect(!text.contains("…"), "\(lines)")
    }

    @Test func controlCharactersInArticlesNeverReachTheScreen() {
        let hostile = Article(
            id: "x", path: "x.txt", title: "Title\u{1B}]0;owned\u{07}", date: "2025-01-01",
            text: "Intro \u{1B}[2J text.\n\n“Evil \u{202E}reversed\u{202C} words here,” said Ana Lind.")
        let state = ReaderState(view: CorpusView(corpus: Corpus(articles: [hostile])), size: Size(columns: 120, rows: 30))
        let buffer = ReaderScreen().render(state)
        let screen = buffer.lines().joined(separator: "\n")
        #expect(!screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
        #expect(screen.contains("^["))
        #expect(screen.contains("<U+202E>"))
    }
}
