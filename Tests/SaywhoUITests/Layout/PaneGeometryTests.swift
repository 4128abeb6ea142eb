import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// Each pane is drawn with the geometry the reducer hit-tests and scrolls with.
@Suite struct PaneGeometryTests {
    let view = CorpusView(corpus: ReaderFixture.corpus)

    static let sizes = [
        Size(columns: 120, rows: 40), Size(columns: 160, rows: 50), Size(columns: 100, rows: 30),
        Size(columns: 80, rows: 24), Size(columns: 70, rows: 24), Size(columns: 60, rows: 20), Size(columns: 40, rows: 10),
    ]

    @Test(arguments: sizes, [false, true])
    func panesAreDrawnWhereTheirGeometrySaysTheyAre(size: Size, showArticles: Bool) throws {
        var state = ReaderState(view: view, size: size)
        state.showArticles = showArticles
        let buffer = ReaderScreen().render(state)
        var shown = 0
        for pane in Pane.allCases {
            guard let geometry = state.geometry(of: pane) else { continue }
            shown += 1
            let frame = geometry.frame
            #expect(
                frame == [
                    .articles: state.layout.articles, .reader: state.layout.reader, .attribution: state.layout.attribution,
                ][pane]!)
            // The border is drawn around the frame, so the inside is what drawBox gives back.
            #expect(buffer[frame.x, frame.y].grapheme == "┌", "\(pane) at \(size)")
            #expect(buffer[frame.maxX - 1, frame.maxY - 1].grapheme == "┘", "\(pane) at \(size)")
            var scratch = CellBuffer(size: size)
            #expect(scratch.drawBox(frame) == geometry.inner)
            #expect(geometry.content.intersection(geometry.inner) == geometry.content)
        }
        #expect(shown == (size.columns >= 120 ? 3 : 2))
        if let reader = state.geometry(of: .reader) {
            // The header row holds the date line; the text shown from the first row of the content.
            #expect(Self.text(buffer, reader.header).hasPrefix("2025-05-10 · "))
            let wrapped = try #require(state.wrapped)
            let first = wrapped.rows[state.scroll]
            let text = wrapped.text[first.start..<first.end].trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(!text.isEmpty)
            #expect(Self.text(buffer, reader.content).hasPrefix(text))
            #expect(state.readerGeometry == reader)
        }
    }

    /// The text of the top row of `rect` in `buffer`.
    static func text(_ buffer: CellBuffer, _ rect: Rect) -> String {
        var text = ""
        for x in rect.x..<rect.maxX where !buffer[x, rect.y].isContinuation { text.append(buffer[x, rect.y].grapheme) }
        return text
    }

    @Test func entriesAreWholeAndOnlyInsideTheContent() {
        let list = PaneGeometry.articles(Rect(x: 0, y: 0, width: 24, height: 10))
        #expect(list.content == Rect(x: 1, y: 1, width: 22, height: 8))
        #expect(list.capacity == 4)
        #expect(list.entry(atX: 5, y: 1) == 0)
        #expect(list.entry(atX: 5, y: 2) == 0)
        #expect(list.entry(atX: 5, y: 8) == 3)
        #expect(list.entry(atX: 5, y: 0) == nil, "the top border")
        #expect(list.entry(atX: 0, y: 3) == nil, "the left border")
        #expect(list.entry(atX: 5, y: 9) == nil, "the bottom border")
        let odd = PaneGeometry.articles(Rect(x: 0, y: 0, width: 24, height: 9))
        #expect(odd.capacity == 3)
        #expect(odd.entry(atX: 5, y: 7) == nil, "the spare row under the last whole entry")
        #expect(odd.top(ofEntry: 2) == 5)
    }

    @Test func theReaderKeepsARowForItsHeader() {
        let reader = PaneGeometry.reader(Rect(x: 24, y: 0, width: 66, height: 39))
        #expect(reader.inner == Rect(x: 25, y: 1, width: 64, height: 37))
        #expect(reader.header == Rect(x: 25, y: 1, width: 64, height: 1))
        #expect(reader.content == Rect(x: 25, y: 2, width: 64, height: 36))
        #expect(reader.entry(atX: 25, y: 1) == nil, "the header is not text")
        #expect(reader.entry(atX: 25, y: 2) == 0)
    }
}
