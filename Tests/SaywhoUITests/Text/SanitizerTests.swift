import SaywhoCore
import Testing

@testable import SaywhoUI

@Suite struct SanitizerTests {
    @Test func controlCharactersGetCaretNotation() {
        #expect(Sanitizer.visible("a\u{1B}[31mb") == "a^[[31mb")
        #expect(Sanitizer.visible("\u{0}\u{7}\t\r\u{7F}") == "^@^G^I^M^?")
    }

    @Test func c1AndBidiControlsGetCodePoints() {
        #expect(Sanitizer.visible("\u{9B}2J") == "<U+009B>2J")
        #expect(Sanitizer.visible("abc\u{202E}def\u{2066}") == "abc<U+202E>def<U+2066>")
        for value in [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] {
            #expect(Sanitizer.isUnsafe(Unicode.Scalar(UInt32(value))!))
        }
    }

    /// Issue 15, finding 14: separators and invisible spaces never reach a table or the screen raw.
    @Test func lineSeparatorsAndInvisibleSpacesGetCodePoints() {
        #expect(
            Sanitizer.visible("a\u{2028}b\u{2029}c\u{200B}d\u{2060}e\u{FEFF}") == "a<U+2028>b<U+2029>c<U+200B>d<U+2060>e<U+FEFF>")
        var table = TextTable("X")
        table.add("a\u{2028}b")
        #expect(table.render() == "X\na<U+2028>b\n")
        // Joiners that emoji and scripts need stay.
        #expect(Sanitizer.visible("👩\u{200D}🚀 می\u{200C}خواهم") == "👩\u{200D}🚀 می\u{200C}خواهم")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "Café 漢字 😀 \u{200F}«quote»"
        #expect(Sanitizer.visible(text) == text)
    }

    @Test func everyUnsafeScalarIsReplacedInABuffer() {
        var buffer = CellBuffer(width: 80, height: 1)
        var text = ""
        for value in Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x202A, 0x202E, 0x2066, 0x2069] {
            text.unicodeScalars.append(Unicode.Scalar(UInt32(value))!)
        }
        var x = 0
        for character in text { x = buffer.put(character, x: x, y: 0, limit: 80) }
        for cell in buffer.cells {
            #expect(!cell.grapheme.unicodeScalars.contains(where: Sanitizer.isUnsafe))
        }
        #expect(buffer.line(0).hasPrefix("^@^A^B"))
    }

    @Test func keysNeverCarryControls() {
        #expect(Key.fromCharacterCode(0x1B) == .escape)
        #expect(Key.fromCharacterCode(0x01) == .ctrl("a"))
        #expect(Key.fromCharacterCode(0x1A) == .ctrl("z"))
        #expect(Key.fromCharacterCode(0x09) == .tab)
        #expect(Key.fromCharacterCode(0x0D) == .enter)
        #expect(Key.fromCharacterCode(0x9B) == nil)
        #expect(Key.fromCharacterCode(0x202E) == nil)
        #expect(Key.fromCharacterCode(0x6F22) == .character("漢"))
    }
}
