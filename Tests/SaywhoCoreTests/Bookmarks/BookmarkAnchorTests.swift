import Foundation
import SaywhoTestSupport
import Testing

@testable import SaywhoCore

@Suite struct BookmarkAnchorTests {
    private let original = "Intro line.\n“We are thrilled,” she said. “It is a new start.”\nMore text.\n"

    private func bookmark(_ text: String, _ segments: [TextRange]) -> Bookmark {
        Bookmark(text: text, segments: segments, articleID: "a", title: "t", path: "/a.txt")
    }

    private func slice(_ text: String, _ range: TextRange) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[range.start..<range.end])
        return String(out)
    }

    @Test func unchangedTextKeepsTheStoredOffsets() {
        let b = bookmark("“We are thrilled,”", [TextRange(12, 30)])
        #expect(slice(original, TextRange(12, 30)) == "“We are thrilled,”")
        #expect(b.anchor(in: original) == [TextRange(12, 30)])
    }

    @Test func shiftedTextIsFoundByExactText() {
        let b = bookmark("“We are thrilled,”", [TextRange(12, 30)])
        let edited = "A new first paragraph was added by the editor.\n" + original
        let ranges = b.anchor(in: edited)
        #expect(ranges == [TextRange(59, 77)])
        #expect(ranges.map { slice(edited, $0[0]) } == "“We are thrilled,”")
    }

    @Test func nearestOccurrenceToTheOldOffsetWins() {
        let text = "“Yes.” one.\n“Yes.” two.\n“Yes.” three.\n"
        let b = bookmark("“Yes.”", [TextRange(13, 19)])
        #expect(b.anchor(in: "x" + text) == [TextRange(13, 19)])
        #expect(b.anchor(in: "xx" + text) == [TextRange(14, 20)])
    }

    @Test func multiParagraphQuotesAreFoundSegmentBySegment() {
        let text = "Start.\n“First part of it.\n“And the second part.”\nEnd.\n"
        let b = bookmark("“First part of it.\n“And the second part.”", [TextRange(0, 1), TextRange(2, 3)])
        let ranges = b.anchor(in: text)
        #expect(ranges?.count == 2)
        #expect(ranges.map { $0.map { slice(text, $0) } } == ["“First part of it.", "“And the second part.”"])
    }

    @Test func whitespaceChangesAreFoundNormalised() {
        let b = bookmark("“We are thrilled, she said, to be here.”", [TextRange(3, 40)])
        let rewrapped = "Intro.\n“We are   thrilled,\nshe said,  to be here.” After.\n"
        let ranges = b.anchor(in: rewrapped)
        #expect(ranges.map { $0.map { slice(rewrapped, $0) } } == ["“We are   thrilled,", "she said,  to be here.”"])
    }

    @Test func goneQuoteGivesNil() {
        let b = bookmark("“We are thrilled,”", [TextRange(12, 30)])
        #expect(b.anchor(in: "Nothing of the sort here.") == nil)
        #expect(b.anchor(in: "") == nil)
    }
}
