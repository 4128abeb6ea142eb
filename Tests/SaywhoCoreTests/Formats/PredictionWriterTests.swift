import Foundation
import SaywhoCore
import Testing

/// The prediction lines `saywho extract` writes: one per article, one entry per segment.
@Suite struct PredictionWriterTests {
    static let mayor = Speaker(name: "Ana Lind", aliases: ["Lind"], kind: .person)

    static func line(_ id: String, _ extraction: ArticleExtraction) -> String {
        var out: [UInt8] = []
        PredictionWriter.append(id: id, extraction: extraction, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func writesEverySegmentWithItsAttributionAndNullsWithout() throws {
        let attribution = Attribution(
            speakerID: Self.mayor.id, mention: "Lind", mentionRange: TextRange(40, 44), cue: "said", cueRange: TextRange(45, 49),
            channel: "a statement", confidence: 0.95, evidence: TextRange(0, 50), rule: "after: cue then speaker")
        let extraction = ArticleExtraction(
            quotes: [
                Quote(
                    id: "q1", articleID: "a", segments: [TextRange(0, 18), TextRange(20, 35)], kind: .direct,
                    attribution: attribution),
                Quote(id: "q2", articleID: "a", segments: [TextRange(60, 70)], kind: .direct),
            ], speakers: [Self.mayor])
        let line = Self.line("a", extraction)
        #expect(line.hasSuffix("]}\n"))
        #expect(line.split(separator: "\n").count == 1)
        #expect(
            line
                == #"{"id":"a","quotes":[{"start":0,"end":18,"speaker":"Ana Lind","speaker_start":40,"speaker_end":44,"channel":"a statement","cue":"said","confidence":0.95,"rule":"after: cue then speaker"},"#
                + #"{"start":20,"end":35,"speaker":"Ana Lind","speaker_start":40,"speaker_end":44,"channel":"a statement","cue":"said","confidence":0.95,"rule":"after: cue then speaker"},"#
                + #"{"start":60,"end":70,"speaker":null,"speaker_start":null,"speaker_end":null,"channel":null,"cue":null,"confidence":null,"rule":null}]}"#
                + "\n")
        #expect(Self.line("b", ArticleExtraction(quotes: [], speakers: [])) == #"{"id":"b","quotes":[]}"# + "\n")
    }

    @Test func escapesWhatJSONRequiresAndReadsBack() throws {
        let id = "q\"\\\u{1}\n\t\r/é😀\u{1F}"
        let line = Self.line(id, ArticleExtraction(quotes: [], speakers: []))
        #expect(line == #"{"id":"q\"\\\u0001\n\t\r/é😀\u001f","quotes":[]}"# + "\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect((object["id"] as? String).map { Array($0.unicodeScalars) } == Array(id.unicodeScalars))
    }

    /// Issue 15, finding 14: C1 controls, DEL and the line separators are escaped too, never written raw.
    @Test func escapesC1ControlsAndLineSeparators() throws {
        let id = "a\u{9B}31m\u{7F}b\u{2028}c\u{2029}“d”\u{202E}ê"
        let line = Self.line(id, ArticleExtraction(quotes: [], speakers: []))
        #expect(line == #"{"id":"a\u009b31m\u007fb\u2028c\u2029“d”\u202eê","quotes":[]}"# + "\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect((object["id"] as? String).map { Array($0.unicodeScalars) } == Array(id.unicodeScalars))
        let json = Sanitizer.escapingJSON("[\n  \"x\u{85}y\u{2028}“z”\"\n]")
        #expect(json == "[\n  \"x\\u0085y\\u2028“z”\"\n]")
        #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String] == ["x\u{85}y\u{2028}“z”"])
    }

    @Test func numbersAreWrittenAsSwiftPrintsThem() throws {
        let values: [(Double, String)] = [
            (0.95, "0.95"), (0.8, "0.8"), (1.0, "1.0"), (0, "0.0"), (0.07, "0.07"), (0.123, "0.123"), (2.5, "2.5"),
        ]
        for (confidence, written) in values {
            let attribution = Attribution(
                speakerID: Self.mayor.id, mention: "Lind", mentionRange: TextRange(123_456_789, 1_234_567_890),
                confidence: confidence,
                evidence: TextRange(0, 1), rule: "r")
            let quote = Quote(
                id: "q", articleID: "a", segments: [TextRange(0, 99_999_999)], kind: .direct, attribution: attribution)
            let line = Self.line("a", ArticleExtraction(quotes: [quote], speakers: [Self.mayor]))
            #expect(line.contains(#""confidence":\#(written),"#), "\(confidence): \(line)")
            #expect(line.contains(#""start":0,"end":99999999,"#))
            #expect(line.contains(#""speaker_start":123456789,"speaker_end":1234567890,"#))
        }
    }

    @Test func manySpeakersAreLookedUpByIdTheFirstWinning() {
        var speakers = (0..<20).map { Speaker(name: "Person \($0)", kind: .person) }
        var twin = speakers[7]
        twin.name = "Someone Else"
        speakers.append(twin)
        let quotes = [7, 19].map { n in
            Quote(
                id: "q\(n)", articleID: "a", segments: [TextRange(n, n + 1)], kind: .direct,
                attribution: Attribution(
                    speakerID: speakers[n].id, mention: "x", mentionRange: TextRange(0, 1), confidence: 0.5,
                    evidence: TextRange(0, 1), rule: "r"))
        }
        let line = Self.line("a", ArticleExtraction(quotes: quotes, speakers: speakers))
        #expect(line.contains(#""speaker":"Person 7""#))
        #expect(line.contains(#""speaker":"Person 19""#))
        #expect(!line.contains("Someone Else"))
        // The same answer as a scan over a few speakers gives.
        let few = Self.line("a", ArticleExtraction(quotes: [quotes[0]], speakers: [speakers[7], twin]))
        #expect(few.contains(#""speaker":"Person 7""#))
    }
}
