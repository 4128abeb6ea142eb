import Foundation
import Testing

@testable import SaywhoUI

@Suite struct WrappedTextTests {
    private func render(_ wrapped: WrappedText, height: Int? = nil, firstRow: Int = 0) -> [String] {
        var buffer = CellBuffer(width: wrapped.width, height: height ?? wrapped.rowCount)
        wrapped.render(into: &buffer, rect: buffer.bounds, firstRow: firstRow)
        return buffer.lines().map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    @Test func wrapsAtSpaces() {
        let wrapped = WrappedText("the quick brown fox jumps over the lazy dog", width: 10)
        #expect(render(wrapped) == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
    }

    @Test func breaksWordsLongerThanARow() {
        let wrapped = WrappedText("abcdefghijkl mn", width: 5)
        #expect(render(wrapped) == ["abcde", "fghij", "kl mn"])
    }

    @Test func paragraphsStartNewRows() {
        let wrapped = WrappedText("one\ntwo three\n\nfour", width: 20)
        #expect(render(wrapped) == ["one", "two three", "", "four"])
        let spaced = WrappedText("one\ntwo", width: 20, spacesParagraphs: true)
        #expect(render(spaced) == ["one", "", "two"])
    }

    @Test func wideCharactersAreNeverSplit() {
        let wrapped = WrappedText("漢字漢字漢", width: 5)
        #expect(render(wrapped) == ["漢字", "漢字", "漢"])
        for row in 0..<wrapped.rowCount {
            var buffer = CellBuffer(width: 5, height: 1)
            wrapped.render(into: &buffer, rect: buffer.bounds, firstRow: row)
            #expect(!buffer[0, 0].isContinuation)
        }
    }

    @Test func offsetsMapToRowsAndColumns() {
        // "He said “漢字 now”" with a combining accent: scalar offsets, not characters.
        let text = "Cafe\u{301} said 漢字 today\nNext"
        let wrapped = WrappedText(text, width: 12)
        #expect(render(wrapped) == ["Café said", "漢字 today", "Next"])
        #expect(wrapped.position(of: 0) == TextPosition(row: 0, column: 0))
        #expect(wrapped.position(of: 5) == TextPosition(row: 0, column: 4))  // the space after é
        #expect(wrapped.position(of: 4) == TextPosition(row: 0, column: 3))  // the accent: its cluster
        #expect(wrapped.position(of: 11) == TextPosition(row: 1, column: 0))  // 漢
        #expect(wrapped.position(of: 12) == TextPosition(row: 1, column: 2))  // 字
        #expect(wrapped.position(of: 14) == TextPosition(row: 1, column: 5))  // t
        #expect(wrapped.position(of: 20) == TextPosition(row: 2, column: 0))  // N
        #expect(wrapped.rows(covering: 11..<21) == 1...2)
        #expect(wrapped.rows[1].scalars == 11..<20)
    }

    @Test func placeholdersKeepOffsetsRight() {
        let text = "a\u{1B}b \u{202E}c d"
        let wrapped = WrappedText(text, width: 20)
        #expect(render(wrapped) == ["a^[b <U+202E>c d"])
        #expect(wrapped.position(of: 2) == TextPosition(row: 0, column: 3))
        #expect(wrapped.position(of: 5) == TextPosition(row: 0, column: 13))
        let narrow = WrappedText(text, width: 8)
        #expect(render(narrow) == ["a^[b", "<U+202E>", "c d"])
        #expect(narrow.position(of: 4) == TextPosition(row: 1, column: 0))
        #expect(narrow.position(of: 5) == TextPosition(row: 2, column: 0))
    }

    @Test func highlightsStyleScalarRanges() {
        let wrapped = WrappedText("say “hello” now", width: 20)
        var buffer = CellBuffer(width: 20, height: 1)
        wrapped.render(
            into: &buffer, rect: buffer.bounds, firstRow: 0,
            highlights: [Highlight(4..<11, style: CellStyle(.quote, speaker: 2))])
        #expect(buffer[3, 0].style == .text)
        #expect(buffer[4, 0].style == CellStyle(.quote, speaker: 2))
        #expect(buffer[10, 0].style == CellStyle(.quote, speaker: 2))
        #expect(buffer[11, 0].style == .text)
    }

    @Test func oneMegabyteWrapsQuicklyAndRendersByVisibleRows() {
        let paragraph = String(repeating: "Officials said the plan “would work” — 漢字 café. ", count: 40) + "\n"
        var text = ""
        while text.utf8.count < 1_000_000 { text += paragraph }
        let clock = ContinuousClock()
        var wrapped: WrappedText?
        let wrapTime = clock.measure { wrapped = WrappedText(text, width: 80) }
        guard let wrapped else { return }
        #expect(wrapped.rowCount > 10_000)
        #expect(wrapTime < .seconds(10))
        let scalarCount = text.unicodeScalars.count
        let renderTime = clock.measure {
            var buffer = CellBuffer(width: 80, height: 50)
            for _ in 0..<100 {
                let row = wrapped.row(containing: scalarCount - 100)
                wrapped.render(into: &buffer, rect: buffer.bounds, firstRow: row - 20)
                _ = wrapped.position(of: scalarCount / 2)
            }
        }
        #expect(renderTime < .seconds(2))
        #expect(wrapped.rows.last?.scalars.upperBound == scalarCount)
    }
}
