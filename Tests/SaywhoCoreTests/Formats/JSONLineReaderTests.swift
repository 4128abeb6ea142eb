import Foundation
import SaywhoCore
import Testing

/// The one JSON Lines reader, behind the loader and `saywho extract`: fields, precedence, escapes, errors.
@Suite struct JSONLineReaderTests {
    let reader = JSONLineReader()

    @Test func readsEveryFieldAndSkipsTheRest() throws {
        let line =
            #"{"title": "Harbour vote", "quotes": [{"start": 1, "a": [true, null, {"b": "}"}]}], "id": "a1", "text": "Hi there.", "publisher": "Courier", "publication_date": "2024-03-14", "byline": "N. Brenner", "link": "https://example.org/a"}"#
        let record = try reader.record(line)
        #expect(
            record
                == JSONLineReader.Record(
                    id: "a1", text: "Hi there.", title: "Harbour vote", date: "2024-03-14", outlet: "Courier",
                    author: "N. Brenner",
                    url: "https://example.org/a"))
    }

    @Test func theFirstKeyOfAFieldThatHoldsAValueWins() throws {
        #expect(try reader.record(#"{"content": "c", "body": "b", "text": "t"}"#).text == "t")
        #expect(try reader.record(#"{"content": "c", "body": "b"}"#).text == "b")
        #expect(try reader.record(#"{"content": "c", "text": ""}"#).text == "c")
        #expect(try reader.record(#"{"content": "c", "text": null, "body": [1]}"#).text == "c")
        let record = try reader.record(
            #"{"source": "s", "outlet": "o", "published": "p", "date": "", "headline": "h", "text": "x"}"#)
        #expect(record.outlet == "o")
        #expect(record.date == "p")
        #expect(record.title == "h")
        // The last of a repeated key wins, as in Foundation's dictionary.
        #expect(try reader.record(#"{"text": "first", "text": "second"}"#).text == "second")
        #expect(try reader.record(#"{"text": "first", "text": "", "body": "b"}"#).text == "b")
    }

    @Test func numbersAreTakenAsWrittenAndOtherValuesAsAbsent() throws {
        let record = try reader.record(
            #"{"id": 42, "title": -1.5e3, "date": true, "outlet": null, "author": {"name": "x"}, "text": 7}"#)
        #expect(record == JSONLineReader.Record(id: "42", text: "7", title: "-1.5e3"))
        #expect(try reader.scalarRecord(#"{"id": 4.0, "text": 12}"#).id == "4.0")
        #expect(try reader.scalarRecord(#"{"id": 4.0, "text": 12}"#).scalars == ["1", "2"])
    }

    /// `saywho extract` reads a line's language and author, whichever key names them, and nothing else of its metadata.
    @Test func scalarRecordsKeepTheLanguageAndTheAuthor() throws {
        let record = try reader.scalarRecord(
            #"{"id": "x", "lang": "de-AT", "byline": "Lena Brücker", "title": "T", "text": "a"}"#)
        #expect(record.language == "de-AT")
        #expect(record.author == "Lena Brücker")
        #expect(try reader.scalarRecord(#"{"language": "Deutsch", "text": "a"}"#).language == "Deutsch")
        #expect(try reader.scalarRecord(#"{"text": "a"}"#).language == nil)
    }

    @Test func keysWrittenWithEscapesAreTheKeysTheyDecodeTo() throws {
        #expect(try reader.record(#"{"t\u0065xt": "a", "\u0069d": "k"}"#) == JSONLineReader.Record(id: "k", text: "a"))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let line = #"{"text": "a\"b\\c\/d\ne\u00e9\ud83d\ude00\u201Cq\u201D\t\b\f\r\u0000"}"#
        #expect(try reader.record(line).text == "a\"b\\c/d\neé😀“q”\t\u{08}\u{0C}\r\u{0}")
        #expect(try reader.scalarRecord(line).scalars == Array("a\"b\\c/d\neé😀“q”\t\u{08}\u{0C}\r\u{0}".unicodeScalars))
    }

    @Test func paragraphsFromTheDecoderAgreeWithAPassOverTheText() throws {
        let lines = [
            #"{"id": "a", "text": "One.\n\n  Two “curly” café.  \nThree\u000aFour\u000A\n"}"#,
            #"{"text": "no break at all, twelve words long and more so the fast path reads it"}"#,
            #"{"text": "\n\n\nlead\\nnot a break\nx\ud83d\ude00y\nlast"}"#, #"{"text": "é\nç\n述べた\n😀 \n"}"#,
            #"{"text": "first", "text": "second\nthird"}"#, #"{"text": "\n\n\n\n\n\n\n\n\n"}"#,
            #"{"text": "a quote \"in\" straight marks\n and \"more\" after the break"}"#,
        ]
        for line in lines {
            let scalars = try reader.scalarRecord(line)
            let text = try reader.record(line).text
            #expect(scalars.scalars == Array(text.unicodeScalars), "\(line)")
            #expect(scalars.paragraphs == Article.paragraphRanges(of: text), "\(line)")
        }
    }

    @Test func brokenLinesSayWhatIsWrongAndWhere() {
        let cases: [(String, String, Int)] = [
            (#"{"text": "open"#, "never closes", 10), (#"{"text": "a\x"}"#, "escape", 12),
            (#"{"text": "a\"#, "ends in an escape", 12), (#"{"text": "a\u12"}"#, "four hexadecimal", 12),
            (#"{"text": "x\ud800y"}"#, "lone surrogate", 12), (#"{"text": "x\udc00\ud800"}"#, "lone surrogate", 12),
            (#"{"text": "a" "#, "the line ends", 14), (#"{"text": "a", "n": 01}"#, "cannot start with 0", 20),
            (#"{"text": "a", "n": 1e400}"#, "too large", 20), (#"{"text": "a", "n": tru}"#, "not a value", 20),
            (#"{"text": "a"} x"#, "the end of the line", 15), (#"{"text": "a",, }"#, "a key in quotes", 14),
            (#"{"text": "a", "x": [1,,2]}"#, "a value", 23), ("{\"text\": \"tab\there\"}", "control character", 14),
            (#"{text: "a"}"#, "a key in quotes", 2), (#"{"text" "a"}"#, "\":\" after the key", 9), ("{", "a key in quotes", 2),
        ]
        for (line, reason, column) in cases {
            do {
                _ = try reader.record(line)
                Issue.record("\(line) was read")
            } catch {
                guard case .invalid(let why, let at) = error else {
                    Issue.record("\(line): \(error)")
                    continue
                }
                #expect(why.contains(reason), "\(line): \(why)")
                #expect(at == column, "\(line): \(why)")
                #expect(error.description.hasPrefix("not valid JSON: "))
                // The reader behind `extract` finds the same fault.
                #expect(throws: error) { try reader.scalarRecord(line) }
            }
        }
        #expect(throws: JSONLineError.noText) { try reader.record(#"{"id": "x", "text": ""}"#) }
        #expect(throws: JSONLineError.noText) { try reader.scalarRecord(#"{}"#) }
        #expect(throws: JSONLineError.notAnObject) { try reader.record("[1, 2]") }
        #expect(throws: JSONLineError.notAnObject) { try reader.record(#""text""#) }
    }

    @Test func invalidUTF8IsAnErrorNotARepair() {
        for bad: [UInt8] in [[0x80], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xFF]] {
            for prefix in [#"{"text": "a"#, #"{"text": "ok", "other": "a"#] {
                let bytes = Array(prefix.utf8) + bad + Array(#"b"}"#.utf8)
                #expect(throws: JSONLineError.invalid(reason: "invalid UTF-8 in a string", column: prefix.utf8.count + 1)) {
                    try bytes.withUnsafeBufferPointer { try reader.record($0) }
                }
                #expect(throws: JSONLineError.self) { try bytes.withUnsafeBufferPointer { try reader.scalarRecord($0) } }
            }
        }
    }

    @Test func nestingIsReadToFoundationsDepthAndNoFurther() throws {
        func line(_ depth: Int) -> String {
            #"{"text": "a", "x": "# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        }
        #expect(try reader.record(line(511)).text == "a")
        #expect(throws: JSONLineError.self) { try reader.record(line(512)) }
        #expect(throws: JSONLineError.self) { try reader.record(line(100_000)) }
    }
}

/// Lines split for both readers: numbered from 1, blank ones skipped, a byte-order mark dropped.
@Suite struct LineSplitterTests {
    @Test func numbersNonBlankLinesAndDropsTheMark() {
        let input = Array("\u{FEFF}{\"a\": 1}\n\n  \t\r\n{\"b\": 2}\r\nlast".utf8)
        var lines: [(Int, String)] = []
        input.withUnsafeBufferPointer { bytes in
            LineSplitter.forEachLine(in: bytes) { lines.append(($0, String(decoding: $1, as: UTF8.self))) }
        }
        #expect(lines.map(\.0) == [1, 4, 5])
        #expect(lines.map(\.1) == ["{\"a\": 1}", "{\"b\": 2}\r", "last"])
    }

    @Test func emptyInputHasNoLines() {
        var count = 0
        [UInt8]().withUnsafeBufferPointer { LineSplitter.forEachLine(in: $0) { _, _ in count += 1 } }
        #expect(count == 0)
    }
}
