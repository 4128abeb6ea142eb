import Testing

@testable import SaywhoUI

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("a" as Character) == 1)
        #expect(DisplayWidth.of("Hello, world") == 12)
    }

    @Test func cjkAndEmojiAreTwoColumns() {
        #expect(DisplayWidth.of("漢" as Character) == 2)
        #expect(DisplayWidth.of("漢字") == 4)
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("ｶ" as Character) == 1)  // halfwidth katakana
        #expect(DisplayWidth.of("Ａ" as Character) == 2)  // fullwidth Latin
    }

    @Test func combiningMarksAddNothing() {
        #expect(DisplayWidth.of("e\u{301}" as Character) == 1)
        #expect(DisplayWidth.of("café") == 4)
        #expect(DisplayWidth.of("cafe\u{301}") == 4)
        #expect(DisplayWidth.of(Unicode.Scalar(0x301)!) == 0)
    }

    @Test func emojiSequencesAndFlagsAreTwoColumns() {
        #expect(DisplayWidth.of("👨‍👩‍👧‍👦" as Character) == 2)
        #expect(DisplayWidth.of("🏳️‍🌈" as Character) == 2)
        #expect(DisplayWidth.of("👍🏽" as Character) == 2)
        #expect(DisplayWidth.of("🇫🇷" as Character) == 2)
        #expect(DisplayWidth.of("🇯🇵🇺🇸") == 4)
    }

    @Test func hangulSyllableSequencesAreTwoColumns() {
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}" as Character) == 2)
        #expect(DisplayWidth.of("한국어") == 6)
    }

    @Test func placeholdersCountTheirWidth() {
        #expect(DisplayWidth.of("a\u{1B}b") == 4)
        #expect(DisplayWidth.of("\u{202E}") == 8)
    }
}
