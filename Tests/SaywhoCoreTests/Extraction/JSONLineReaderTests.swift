import SaywhoCore
import Testing

/// The JSON Lines reader behind `saywho extract`: only `id` and `text`, escapes decoded.
@Suite struct JSONLineReaderTests {
    let reader = JSONLineReader()

    @Test func readsIdAndTextAndSkipsOtherFields() {
        let line = #"{"title": "x", "quotes": [{"start": 1, "a": [true, null, {"b": "}"}]}], "id": "a1", "text": "Hi there."}"#
        #expect(reader.parse(line) == JSONLineReader.Line(id: "a1", text: "Hi there."))
    }

    @Test func numericIdKeepsItsDigits() {
        #expect(reader.parse(#"{"id": 42, "text": "x"}"#)?.id == "42")
    }

    @Test func decodesEscapesAndSurrogatePairs() {
        let line = #"{"text": "a\"b\\c\/d\ne\u00e9\ud83d\ude00\u201Cq\u201D"}"#
        #expect(reader.parse(line)?.text == "a\"b\\c/d\neé😀“q”")
    }

    @Test func loneSurrogateBecomesReplacementCharacter() {
        #expect(reader.parse(#"{"text": "x\ud800y"}"#)?.text == "x\u{FFFD}y")
    }

    @Test func brokenLinesGiveNil() {
        for line in [#"{"text": "open"#, "[1, 2]", #"{"id": "x"}"#, #"{"text": 3}"#, "", "{", #"{"text": "a" "#, #"{"text": "\u12"}"#] {
            #expect(reader.parse(line) == nil, "\(line)")
        }
    }
}
