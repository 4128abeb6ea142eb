import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// The command line's tables and the reader's screen measure and clean text the same way.
@Suite struct TextTableTests {
    /// Wide, emoji, a combining accent, a tab and an escape sequence in one string.
    static let mixed = "漢字 😀👍🏽 tab\there \u{1B}[31mred e\u{301} 👨‍👩‍👧"
    static let shown = "漢字 😀👍🏽 tab^Ihere ^[[31mred e\u{301} 👨‍👩‍👧"

    @Test func aTableCellAndABufferShowTheSameGlyphsInTheSameColumns() {
        var table = TextTable("TEXT", "NEXT")
        table.add(Self.mixed, "x")
        let row = table.render().split(separator: "\n")[1]
        #expect(row == Self.shown + "  x")

        var buffer = CellBuffer(width: 80, height: 1)
        let end = buffer.put(Self.mixed, x: 0, y: 0)
        #expect(end == DisplayWidth.of(Self.mixed), "the buffer ends where the table measured the cell to end")
        #expect(buffer.line(0).trimmingCharacters(in: .whitespaces) == Self.shown)
        #expect(DisplayWidth.of(Self.shown) == 34)
    }

    @Test func theReaderPaneDrawsTheCellAsWideAsTheTableMeasuresIt() {
        let article = Article(id: "m", path: "m.txt", title: "Mixed", date: "2025-01-01", text: Self.mixed)
        let state = ReaderState(view: CorpusView(corpus: Corpus(articles: [article])), size: Size(columns: 120, rows: 30))
        let buffer = ReaderScreen().render(state)
        let content = state.readerGeometry.content
        var table = TextTable("TEXT")
        table.add(Self.mixed)
        let cell = String(table.render().split(separator: "\n")[1])
        let width = DisplayWidth.of(cell)
        #expect(buffer.line(content.y).contains("│" + cell + " "))
        #expect(buffer[content.x + width - 2, content.y].grapheme == "👨‍👩‍👧", "the last glyph ends at the table's width")
        #expect(buffer[content.x + width - 1, content.y].isContinuation)
        #expect(buffer[content.x + width, content.y].grapheme == " ")
    }

    @Test func columnsLineUpByDisplayWidth() {
        var table = TextTable("A", "B")
        table.add("漢字😀", "1")
        table.add("ab\tc", "2")
        table.add("\u{1B}x", "3")
        table.add("e\u{301}", "4")
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines == ["A       B", "漢字😀  1", "ab^Ic   2", "^[x     3", "e\u{301}       4"])
        #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1)
    }

    @Test func longCellsAreCutByDisplayWidthWithoutSplittingAGlyph() {
        var table = TextTable("TEXT")
        table.maxWidth = 6
        table.add("漢字漢字漢字")
        table.add("abcdefgh")
        table.add("\u{1B}\u{1B}\u{1B}\u{1B}")
        let lines = table.render().split(separator: "\n").map(String.init)
        #expect(lines == ["TEXT", "漢字…", "abcde…", "^[^[^…"])
        #expect(lines.dropFirst().allSatisfy { DisplayWidth.of($0) <= 6 })
    }

    @Test func lineBreaksInACellShowAsPilcrows() {
        var table = TextTable("TEXT")
        table.add("one\ntwo\r\nthree")
        #expect(table.render() == "TEXT\none ¶ two ¶ three\n")
    }
}
