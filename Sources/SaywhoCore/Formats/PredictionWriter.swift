/// Writes the prediction format of the evaluation (and of `saywho extract`): one line per
/// article, one entry per quoted segment.
///
/// Written byte by byte into one buffer: string concatenation here cost as much as a
/// third of the extraction itself.
public enum PredictionWriter {
    /// Appends the line of one article to `out`: its id and, per segment of each quote,
    /// the offsets, speaker, mention offsets, channel, cue, confidence and rule.
    public static func append(id: String, extraction: ArticleExtraction, to out: inout [UInt8]) {
        // A few speakers an article: a scan finds the first with the id as a dictionary would keep it.
        let speakers = extraction.speakers
        let names = speakers.count > 16 ? Dictionary(speakers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }) : nil
        func name(of id: String) -> String? { names.map { $0[id] } ?? speakers.first { $0.id == id }?.name }
        appendLiteral(#"{"id":"#, to: &out)
        appendJSONString(id, to: &out)
        appendLiteral(#","quotes":["#, to: &out)
        var first = true
        // Fields read in place: a copy of each quote and attribution retained and released every String.
        extraction.quotes.withUnsafeBufferPointer { quotes in
            for q in quotes.indices {
                let name = quotes[q].attribution.flatMap { name(of: $0.speakerID) }
                for segment in quotes[q].segments {
                    if !first { out.append(UInt8(ascii: ",")) }
                    first = false
                    appendLiteral(#"{"start":"#, to: &out)
                    appendInteger(segment.start, to: &out)
                    appendLiteral(#","end":"#, to: &out)
                    appendInteger(segment.end, to: &out)
                    appendLiteral(#","speaker":"#, to: &out)
                    appendJSONString(name, to: &out)
                    appendLiteral(#","speaker_start":"#, to: &out)
                    appendInteger(quotes[q].attribution?.mentionRange.start, to: &out)
                    appendLiteral(#","speaker_end":"#, to: &out)
                    appendInteger(quotes[q].attribution?.mentionRange.end, to: &out)
                    appendLiteral(#","channel":"#, to: &out)
                    appendJSONString(quotes[q].attribution?.channel, to: &out)
                    appendLiteral(#","cue":"#, to: &out)
                    appendJSONString(quotes[q].attribution?.cue, to: &out)
                    appendLiteral(#","confidence":"#, to: &out)
                    appendConfidence(quotes[q].attribution?.confidence, to: &out)
                    appendLiteral(#","rule":"#, to: &out)
                    appendJSONString(quotes[q].attribution?.rule, to: &out)
                    out.append(UInt8(ascii: "}"))
                }
            }
        }
        appendLiteral("]}\n", to: &out)
    }

    /// The decimal digits of `value` (or null), as `String(value)` writes them, without the String.
    private static func appendInteger(_ value: Int?, to out: inout [UInt8]) {
        guard let value else {
            appendLiteral("null", to: &out)
            return
        }
        guard value >= 0 else {
            out.append(contentsOf: String(value).utf8)
            return
        }
        // Up to eight digits gathered in one word, the last one computed first and lowest.
        var packed: UInt64 = 0
        var count = 0
        var rest = value
        repeat {
            packed = packed << 8 | UInt64(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
            count += 1
        } while rest > 0 && count < 8
        guard rest == 0 else {
            out.append(contentsOf: String(value).utf8)
            return
        }
        for _ in 0..<count {
            out.append(UInt8(truncatingIfNeeded: packed))
            packed >>= 8
        }
    }

    /// A confidence (or null) as `String(value)` writes it. Confidences are hundredths: for the
    /// double nearest k/100 the shortest decimal that reads back as it is k/100 itself, written
    /// here from k; any other value goes through `String`.
    private static func appendConfidence(_ value: Double?, to out: inout [UInt8]) {
        guard let value else {
            appendLiteral("null", to: &out)
            return
        }
        let scaled = (value * 100).rounded()
        guard scaled >= 0, scaled <= 100, Double(Int(scaled)) / 100 == value else {
            out.append(contentsOf: String(value).utf8)
            return
        }
        let k = Int(scaled)
        let whole = UInt8(k / 100)
        let tenths = UInt8(k / 10 % 10)
        let hundredths = UInt8(k % 10)
        out.append(UInt8(ascii: "0") + whole)
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + tenths)
        if hundredths != 0 { out.append(UInt8(ascii: "0") + hundredths) }
    }

    /// Whether a byte may start something to escape: a quote, a backslash, a C0 control, DEL, or
    /// the lead byte of a C1 control (0xC2) or of the U+2xxx separators and marks (0xE2, 0xEF).
    private static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0x7F || b == 0xC2 || b == 0xE2 || b == 0xEF
    }

    /// The bytes of a literal, copied whole.
    private static func appendLiteral(_ literal: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// A JSON string literal (or null), escaping what JSON requires.
    private static func appendJSONString(_ value: String?, to out: inout [UInt8]) {
        guard var value else {
            appendLiteral("null", to: &out)
            return
        }
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: copied whole, read in place.
        let copied = value.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: needsEscape) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            out.append(UInt8(ascii: "\""))
            return
        }
        // A String stored otherwise is made contiguous first.
        value.withUTF8 { bytes in
            guard bytes.contains(where: needsEscape) else {
                out.append(contentsOf: bytes)
                return
            }
            for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
                switch scalar {
                case "\"": appendLiteral(#"\""#, to: &out)
                case "\\": appendLiteral(#"\\"#, to: &out)
                case "\n": appendLiteral(#"\n"#, to: &out)
                case "\r": appendLiteral(#"\r"#, to: &out)
                case "\t": appendLiteral(#"\t"#, to: &out)
                // C0 and C1 controls, DEL, the line separators: escaped, so no terminal or script reads them raw.
                case _ where Sanitizer.isUnsafe(scalar): out.append(contentsOf: Sanitizer.jsonEscape(scalar).utf8)
                default: out.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
