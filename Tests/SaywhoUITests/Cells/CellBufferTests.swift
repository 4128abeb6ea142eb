import Testing

@testable import SaywhoUI

@Suite struct CellBufferTests {
    @Test func wideCharacterTakesTwoCells() {
        var buffer = CellBuffer(width: 6, height: 1)
        let end = buffer.put("a漢b", x: 0, y: 0)
        #expect(end == 4)
        #expect(buffer[1, 0].grapheme == "漢")
        #expect(buffer[1, 0].width == 2)
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer.lines() == ["a漢b  "])
    }

    @Test func wideCharacterAtTheEdgeBecomesASpace() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.put("abc漢", x: 0, y: 0)
        #expect(buffer.lines() == ["abc "])
        #expect(!buffer[3, 0].isContinuation)
        var clipped = CellBuffer(width: 10, height: 1)
        clipped.put("漢字漢", x: 0, y: 0, maxWidth: 5)
        #expect(clipped.lines() == ["漢字      "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = CellBuffer(width: 4, height: 1)
        buffer.put("漢字", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(buffer.lines() == [" x字"])
        buffer.put("y", x: 2, y: 0)
        #expect(buffer.lines() == [" xy "])
    }

    @Test func combiningAndEmojiClustersStayWhole() {
        var buffer = CellBuffer(width: 8, height: 1)
        buffer.put("e\u{301}👨‍👩‍👧🇫🇷", x: 0, y: 0)
        #expect(buffer[0, 0].grapheme == "e\u{301}")
        #expect(buffer[1, 0].grapheme == "👨‍👩‍👧")
        #expect(buffer[3, 0].grapheme == "🇫🇷")
        #expect(buffer.lines() == ["e\u{301}👨‍👩‍👧🇫🇷   "])
    }

    @Test func diffListsOnlyChangedLeadCells() {
        var before = CellBuffer(width: 5, height: 2)
        before.put("abcde", x: 0, y: 0)
        var after = before
        after.put("漢", x: 1, y: 0)
        after.put("z", x: 4, y: 1)
        let changes = after.changes(since: before).map { [$0.x, $0.y] }
        #expect(changes == [[1, 0], [4, 1]])
        #expect(after.changes(since: after).isEmpty)
        #expect(after.changes(since: nil).count == 9)
        var back = after
        back.put("q", x: 2, y: 0)
        #expect(back.changes(since: after).map { [$0.x, $0.y] } == [[1, 0], [2, 0]])
    }

    @Test func styleChangesAreChanges() {
        let before = CellBuffer(width: 3, height: 1)
        var after = before
        after.fill(Rect(x: 1, y: 0, width: 1, height: 1), style: CellStyle(.selection))
        #expect(after.line(0) == before.line(0), "the text is the same, only the style differs")
        #expect(after.changes(since: before).map { $0.x } == [1])
    }
}
