import Testing

@testable import SaywhoUI

@Suite struct BoxSnapshotTests {
    @Test func titledBoxWithText() {
        var buffer = CellBuffer(width: 20, height: 5)
        let inner = buffer.drawBox(buffer.bounds, title: "Reader")
        WrappedText("She said “漢字 are fine” today.", width: inner.width)
            .render(into: &buffer, rect: inner, firstRow: 0)
        #expect(
            buffer.lines() == [
                "┌┤ Reader ├────────┐",
                "│She said “漢字 are│",
                "│fine” today.      │",
                "│                  │",
                "└──────────────────┘",
            ])
    }

    @Test func longTitlesAreTruncatedAndSanitized() {
        var buffer = CellBuffer(width: 14, height: 3)
        buffer.drawBox(buffer.bounds, title: "\u{1B}[31m漢字 headline", glyphs: .ascii)
        #expect(
            buffer.lines() == [
                "+| ^[[31m… |-+",
                "|            |",
                "+------------+",
            ])
    }

    @Test func wideTitleIsCutOnACharacterBoundary() {
        var buffer = CellBuffer(width: 11, height: 2)
        buffer.drawBox(buffer.bounds, title: "漢字漢字")
        #expect(buffer.lines() == ["┌┤ 漢字… ├┐", "└─────────┘"])
        var narrower = CellBuffer(width: 10, height: 2)
        narrower.drawBox(narrower.bounds, title: "漢字漢字")
        #expect(narrower.lines() == ["┌┤ 漢… ├─┐", "└────────┘"])
    }

    @Test func glyphsFollowTheLocalesCharacterSet() {
        #expect(BorderGlyphs.forCodeset("UTF-8") == .unicode)
        #expect(BorderGlyphs.forCodeset("utf8") == .unicode)
        #expect(BorderGlyphs.forCodeset("ANSI_X3.4-1968") == .ascii, "the C locale")
        #expect(BorderGlyphs.forCodeset("ISO-8859-1") == .ascii)
        #expect(BorderGlyphs.forCodeset("") == .ascii)
    }
}
