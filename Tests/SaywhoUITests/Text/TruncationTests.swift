import Testing

@testable import SaywhoUI

@Suite struct TruncationTests {
    @Test func shortTextIsKept() {
        #expect(Truncation.truncate("abc", toWidth: 3) == "abc")
    }

    @Test func longTextEndsInEllipsis() {
        #expect(Truncation.truncate("abcdef", toWidth: 4) == "abc…")
    }

    @Test func wideCharactersAreNeverSplit() {
        #expect(Truncation.truncate("漢字漢字", toWidth: 4, ellipsis: "") == "漢字")
        #expect(Truncation.truncate("漢字漢字", toWidth: 5, ellipsis: "") == "漢字")
        #expect(Truncation.truncate("漢字漢字", toWidth: 6) == "漢字…")
        #expect(DisplayWidth.of(Truncation.truncate("a漢字漢字", toWidth: 4)) <= 4)
    }

    @Test func theEndIsKeptForInputBeingTyped() {
        #expect(Truncation.keepingEnd("abcdef", toWidth: 3) == "def")
        #expect(Truncation.keepingEnd("abc", toWidth: 5) == "abc")
        #expect(Truncation.keepingEnd("漢字漢字", toWidth: 5) == "漢字")
        #expect(Truncation.keepingEnd("x\u{1B}", toWidth: 2) == "^[")
    }

    @Test func controlsAreSanitizedBeforeCutting() {
        #expect(Truncation.truncate("\u{1B}[2J", toWidth: 10) == "^[[2J")
    }
}
