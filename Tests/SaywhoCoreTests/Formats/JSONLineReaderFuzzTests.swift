import Foundation
import SaywhoCore
import Testing

/// The JSON Lines reader against Foundation's JSONSerialization, on generated lines.
///
/// Valid lines (escapes, surrogate pairs, text beyond ASCII, nested values under other
/// keys, numbers, white space, any key order) must read as Foundation reads them; the
/// same lines broken (cut short, a byte changed, a lone surrogate, garbage) must read as
/// Foundation reads them too, which for nearly all of them means a clean error.
@Suite struct JSONLineReaderFuzzTests {
    let reader = JSONLineReader()

    @Test func validLinesReadAsFoundationReadsThem() throws {
        var random = SplitMix(seed: 0x5A7_3110)
        var generator = LineGenerator()
        var read = 0
        for _ in 0..<2_000 {
            let line = generator.line(&random)
            #expect(
                try JSONSerialization.jsonObject(with: Data(line)) is [String: Any], "\(String(decoding: line, as: UTF8.self))")
            if agree(line) == .read { read += 1 }
        }
        // Most lines hold a text; the others check that both refuse a line without one.
        #expect(read > 1_700)
    }

    @Test func brokenLinesReadAsFoundationReadsThemOrFailCleanly() {
        var random = SplitMix(seed: 0xB20_4E17)
        var generator = LineGenerator()
        var refused = 0
        for round in 0..<2_000 {
            var line = generator.line(&random)
            switch round % 6 {
            case 0: line = Array(line.prefix(random.below(line.count)))
            case 1:
                line[random.below(line.count)] =
                    [0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x00, 0x09, 0x80, 0xFF][random.below(12)]
            case 2: line.insert(contentsOf: Array(#"\ud834"#.utf8), at: random.below(line.count))
            case 3: line.insert(contentsOf: Array(#"\x"#.utf8), at: random.below(line.count))
            case 4: line.remove(at: random.below(line.count))
            default:
                line.insert(
                    contentsOf: (0..<1 + random.below(4)).map { _ in UInt8(random.below(256)) }, at: random.below(line.count))
            }
            if agree(line) == .refused { refused += 1 }
        }
        #expect(refused > 1_000)
    }

    enum Outcome { case read, noText, refused }

    /// Checks that the reader and Foundation agree on `line`, and says how.
    @discardableResult
    func agree(_ line: [UInt8]) -> Outcome {
        let shown = String(decoding: line, as: UTF8.self)
        // Foundation takes NUL bytes among the first four for UTF-16 or UTF-32 (found by
        // Scripts/fuzz-jsonl.sh); saywho reads UTF-8 only, where such a line is never JSON.
        let utf8 = !line.prefix(4).contains(0)
        let object = utf8 ? try? JSONSerialization.jsonObject(with: Data(line)) : nil
        let record = line.withUnsafeBufferPointer { bytes in Result { () throws(JSONLineError) in try reader.record(bytes) } }
        let scalars = line.withUnsafeBufferPointer { bytes in
            Result { () throws(JSONLineError) in try reader.scalarRecord(bytes) }
        }
        guard let object else {
            // Foundation refuses it: the reader must too, saying why and where.
            switch record {
            case .success: Issue.record("read a line Foundation refuses: \(shown)")
            case .failure(let error):
                if case .invalid(_, let column) = error {
                    #expect(column >= 1 && column <= line.count + 1, "\(shown)")
                } else if error != .notAnObject {  // a lone string or number: not JSON to Foundation, not an object here
                    Issue.record("\(error) for a line Foundation refuses: \(shown)")
                }
            }
            // The reader behind `extract` finds the same fault.
            #expect(scalars.error == record.error, "\(shown)")
            return .refused
        }
        guard let dict = object as? [String: Any] else {
            #expect(throws: JSONLineError.notAnObject, "\(shown)") { try record.get() }
            return .refused
        }
        let expected = ArticleField.allCases.map { field in field.keys.lazy.compactMap { Self.value(dict[$0]) }.first }
        guard let text = expected[ArticleField.text.rawValue] else {
            #expect(throws: JSONLineError.noText, "\(shown)") { try record.get() }
            #expect(throws: JSONLineError.noText, "\(shown)") { try scalars.get() }
            return .noText
        }
        guard case .success(let got) = record, case .success(let gotScalars) = scalars else {
            Issue.record("refused a line Foundation reads: \(shown) (\(record), \(scalars))")
            return .refused
        }
        let fields = [got.id, got.text, got.title, got.date, got.outlet, got.author, got.url, got.language]
        for field in ArticleField.allCases {
            #expect(Self.same(fields[field.rawValue], expected[field.rawValue]), "\(field) of \(shown)")
        }
        #expect(Self.same(gotScalars.id, expected[ArticleField.id.rawValue]), "\(shown)")
        if case .string(let text) = text {
            #expect(gotScalars.scalars == Array(text.unicodeScalars), "\(shown)")
            #expect(gotScalars.paragraphs == Article.paragraphRanges(of: text), "\(shown)")
        }
        return .read
    }

    /// A field's value as Foundation gives it: a non-empty string, or a number (not a boolean).
    enum Value {
        case string(String)
        case number(NSNumber)
    }

    static func value(_ any: Any?) -> Value? {
        if let string = any as? String { return string.isEmpty ? nil : .string(string) }
        if let number = any as? NSNumber, number !== NSNumber(value: true), number !== NSNumber(value: false) {
            return .number(number)
        }
        return nil
    }

    /// The reader's string agrees with Foundation's value: the same scalars, or the number it writes.
    ///
    /// Foundation's decimal reading can be one unit in the last place away from the correctly
    /// rounded `Double`; the reader keeps the number as written, so nearly equal is equal here.
    static func same(_ got: String?, _ expected: Value?) -> Bool {
        switch expected {
        case nil: return got == nil
        case .string(let string): return got.map { Array($0.unicodeScalars) == Array(string.unicodeScalars) } ?? false
        case .number(let number):
            guard let value = got.flatMap(Double.init) else { return false }
            return value == number.doubleValue || abs(value - number.doubleValue) <= 1e-12 * abs(value)
        }
    }
}

extension Result {
    /// The error, when there is one.
    fileprivate var error: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

/// A small deterministic generator (SplitMix64), so every run checks the same lines.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A number in 0..<n (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Valid JSON Lines article objects, written in the many ways JSON allows.
private struct LineGenerator {
    static let articleKeys = ArticleField.allCases.flatMap(\.keys)
    static let otherKeys = ["quotes", "tags", "x", "meta", "Text", "texts", "idx", "", "ünï", "score"]
    /// Pieces of text: plain words, marks, scripts beyond Latin, emoji, a line separator.
    static let pieces = [
        "The council", " voted", " late", ".", " “We are ready,”", " she said", " é", " 述べた", " 😀", " 👩🏽‍⚕️", "\u{2028}",
        " e\u{301}", " ‘quoted’", " —", " ", "Ω", "\u{7F}",
    ]

    mutating func line(_ random: inout SplitMix) -> [UInt8] {
        var keys: [String] = []
        // The text most of the time, under one of its keys or several.
        if random.chance(92) { keys.append(ArticleField.text.keys[random.below(3)]) }
        for key in Self.articleKeys + Self.otherKeys where !keys.contains(key) && random.chance(30) { keys.append(key) }
        shuffle(&keys, &random)
        var out = space(&random) + "{"
        for (n, key) in keys.enumerated() {
            if n > 0 { out += space(&random) + "," }
            out += space(&random) + string(key, &random) + space(&random) + ":" + space(&random)
            let isText = ArticleField.text.keys.contains(key)
            out +=
                isText || Self.articleKeys.contains(key) && random.chance(80)
                ? fieldValue(&random, text: isText) : value(&random, depth: 0)
        }
        out += space(&random) + "}" + space(&random)
        return Array(out.utf8)
    }

    mutating func shuffle(_ keys: inout [String], _ random: inout SplitMix) {
        guard keys.count > 1 else { return }
        for i in stride(from: keys.count - 1, to: 0, by: -1) { keys.swapAt(i, random.below(i + 1)) }
    }

    /// White space between tokens; mostly none or one space.
    func space(_ random: inout SplitMix) -> String {
        guard random.chance(25) else { return random.chance(50) ? " " : "" }
        return String((0..<1 + random.below(3)).map { _ in [" ", "\t", "\r"][random.below(3)] })
    }

    /// What an article field holds: mostly a string, sometimes a number, an empty string, null, true, a list.
    func fieldValue(_ random: inout SplitMix, text: Bool) -> String {
        switch random.below(20) {
        case 0: return number(&random)
        case 1: return "\"\""
        case 2: return "null"
        case 3: return "true"
        case 4: return "[\"not\", \"text\"]"
        default:
            var words = ""
            for _ in 0..<(text ? 3 + random.below(40) : 1 + random.below(5)) {
                words += Self.pieces[random.below(Self.pieces.count)]
                if text, random.chance(10) { words += random.chance(50) ? "\n" : "\n\n" }
                if random.chance(8) {
                    words += ["\"", "\\", "/", "\u{8}", "\u{C}", "\r", "\t", "\u{1}", "\u{0}", "\u{1F}"][random.below(10)]
                }
            }
            return string(words, &random)
        }
    }

    /// `text` as a JSON string, each character written plainly or as one of the escapes that stand for it.
    func string(_ text: String, _ random: inout SplitMix) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            let escapeAnyway = random.chance(15)
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            case "/" where escapeAnyway: out += "\\/"
            default:
                if scalar.value < 0x20 || escapeAnyway {
                    out += Self.escaped(scalar, upper: random.chance(50))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `\uXXXX`, or a surrogate pair beyond the basic plane.
    static func escaped(_ scalar: Unicode.Scalar, upper: Bool) -> String {
        func hex(_ unit: UInt32) -> String {
            let digits = String(unit, radix: 16, uppercase: upper)
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        }
        guard scalar.value > 0xFFFF else { return hex(scalar.value) }
        let v = scalar.value - 0x10000
        return hex(0xD800 + (v >> 10)) + hex(0xDC00 + (v & 0x3FF))
    }

    func number(_ random: inout SplitMix) -> String {
        let sign = random.chance(20) ? "-" : ""
        let whole = random.chance(15) ? "0" : String(1 + random.below(Int(Int32.max)))
        let fraction = random.chance(30) ? "." + String(random.below(100_000)) : ""
        let exponent =
            random.chance(20) ? ["e", "E"][random.below(2)] + ["", "+", "-"][random.below(3)] + String(random.below(300)) : ""
        return sign + whole + fraction + exponent
    }

    /// Any JSON value, nested a few levels at most.
    mutating func value(_ random: inout SplitMix, depth: Int) -> String {
        switch random.below(depth > 3 ? 5 : 8) {
        case 0: return "null"
        case 1: return random.chance(50) ? "true" : "false"
        case 2: return number(&random)
        case 3, 4: return fieldValue(&random, text: false)
        case 5, 6:
            let items = (0..<random.below(4)).map { _ in space(&random) + value(&random, depth: depth + 1) + space(&random) }
            return "[" + items.joined(separator: ",") + "]"
        default:
            var keys = Set<String>()
            var items: [String] = []
            for _ in 0..<random.below(4) {
                let key = Self.otherKeys[random.below(Self.otherKeys.count)] + String(random.below(3))
                guard keys.insert(key).inserted else { continue }
                items.append(
                    space(&random) + string(key, &random) + space(&random) + ":" + space(&random)
                        + value(&random, depth: depth + 1))
            }
            return "{" + items.joined(separator: ",") + space(&random) + "}"
        }
    }
}
