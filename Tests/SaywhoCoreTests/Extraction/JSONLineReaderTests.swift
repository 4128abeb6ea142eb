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

    @Test func scalarsAgreeWithTheDecodedText() {
        let lines = [
            #"{"id": "a", "text": "plain “curly” café 述べた 😀"}"#, #"{"text": "a\"b\\c\/d\ne\u00e9\ud83d\ude00\u201Cq\u201D"}"#,
            #"{"text": "x\ud800y", "id": 7}"#, #"{"text": "tab\tand\b\f\r"}"#, #"{"text": "\u12"}"#, #"{"text": "open"#,
        ]
        for line in lines {
            let parsed = reader.parse(line)
            let scalars = Array(line.utf8).withUnsafeBufferPointer { reader.parseScalars($0) }
            #expect(scalars?.id == parsed?.id, "\(line)")
            #expect(scalars?.scalars == parsed.map { Array($0.text.unicodeScalars) }, "\(line)")
        }
        // Invalid UTF-8 (a lone continuation byte, a truncated sequence, an encoded surrogate) is repaired like a String repairs it.
        for bad: [UInt8] in [[0x80], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80]] {
            let bytes = Array(#"{"text": "a"#.utf8) + bad + Array(#"b"}"#.utf8)
            let expected = bytes.withUnsafeBufferPointer { reader.parse($0)?.text }
            let scalars = bytes.withUnsafeBufferPointer { reader.parseScalars($0)?.scalars }
            #expect(expected != nil)
            #expect(scalars == expected.map { Array($0.unicodeScalars) }, "\(bad)")
        }
    }

    @Test func paragraphsFromTheDecoderAgreeWithAPassOverTheText() {
        let lines = [
            #"{"id": "a", "text": "One.\n\n  Two “curly” café.  \nThree\u000aFour\u000A\n"}"#,
            #"{"text": "no break at all, twelve words long and more so the fast path reads it"}"#,
            #"{"text": "\n\n\nlead\\nnot a break\nx\ud800y\nlast"}"#, #"{"text": "é\nç\n述べた\n😀 \n"}"#,
            #"{"text": "first", "text": "second\nthird"}"#, #"{"text": "\n\n\n\n\n\n\n\n\n"}"#, #"{"text": ""}"#,
        ]
        for line in lines {
            let parsed = Array(line.utf8).withUnsafeBufferPointer { reader.parseArticle($0) }
            let scalars = Array(line.utf8).withUnsafeBufferPointer { reader.parseScalars($0) }
            #expect(parsed != nil, "\(line)")
            #expect(parsed?.scalars == scalars?.scalars, "\(line)")
            #expect(parsed?.paragraphs == scalars.map { Article.paragraphRanges(of: String(String.UnicodeScalarView($0.scalars))) }, "\(line)")
        }
        // A raw line feed inside a string (not JSON, but read like a \n) and invalid UTF-8 (decoded the slow way).
        for bytes in [Array(#"{"text": "a"#.utf8) + [0x0A] + Array(#"b c d e f g h i"}"#.utf8), Array(#"{"text": "a\nb"#.utf8) + [0x80] + Array(#"\nc"}"#.utf8)] {
            let parsed = bytes.withUnsafeBufferPointer { reader.parseArticle($0) }
            let scalars = bytes.withUnsafeBufferPointer { reader.parseScalars($0) }
            #expect(parsed?.scalars == scalars?.scalars)
            #expect(parsed?.paragraphs == scalars.map { Article.paragraphRanges(of: String(String.UnicodeScalarView($0.scalars))) })
        }
    }

    @Test func brokenLinesGiveNil() {
        for line in [#"{"text": "open"#, "[1, 2]", #"{"id": "x"}"#, #"{"text": 3}"#, "", "{", #"{"text": "a" "#, #"{"text": "\u12"}"#] {
            #expect(reader.parse(line) == nil, "\(line)")
        }
    }
}
