#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the `{"id", "text"}` objects of a JSON Lines file straight from its bytes.
///
/// `saywho extract` spends most of its time in Foundation's JSONSerialization when it
/// parses whole lines into dictionaries; this reader decodes only the two fields the
/// extractor needs and skips every other value (gold annotations included) without
/// building it. Escapes are decoded fully, `\uXXXX` surrogate pairs included; a lone
/// surrogate becomes U+FFFD, as a lossy UTF-8 decoder would make it.
public struct JSONLineReader: Sendable {
    /// One article line: its id (a number's digits when the id is a number) and text.
    public struct Line: Hashable, Sendable {
        public var id: String?
        public var text: String

        public init(id: String?, text: String) {
            self.id = id
            self.text = text
        }
    }

    public init() {}

    /// The id and text of one line, or nil when the line is not an object with a string `text`.
    public func parse(_ line: UnsafeBufferPointer<UInt8>) -> Line? {
        guard let (id, text) = fields(line, text: { $0.decodedString() }) else { return nil }
        return Line(id: id, text: text)
    }

    /// The id and the text's Unicode scalars of one line, decoded straight from the bytes
    /// without building the text as a `String` first: what `saywho extract` needs. The
    /// scalars are those of `parse(_:)`'s text, invalid UTF-8 repaired the same way.
    public func parseScalars(_ line: UnsafeBufferPointer<UInt8>) -> (id: String?, scalars: [Unicode.Scalar])? {
        var newlines: [Int]? = nil
        guard let (id, scalars) = fields(line, text: { $0.decodedScalars(newlines: &newlines) }) else { return nil }
        return (id, scalars)
    }

    /// `parseScalars(_:)` with the text's paragraphs (`Article.paragraphRanges(of:)`), found
    /// from the line breaks met while decoding instead of by another pass over the scalars.
    public func parseArticle(_ line: UnsafeBufferPointer<UInt8>) -> (id: String?, scalars: [Unicode.Scalar], paragraphs: [TextRange])? {
        var newlines: [Int]? = []
        guard let (id, scalars) = fields(line, text: { $0.decodedScalars(newlines: &newlines) }) else { return nil }
        let paragraphs = newlines.map { Article.paragraphRanges(of: scalars, newlines: $0) } ?? Article.paragraphRanges(of: scalars)
        return (id, scalars, paragraphs)
    }

    /// Walks the object of one line, decoding `text` with `decode` and skipping what is not `id`.
    private func fields<Text>(_ line: UnsafeBufferPointer<UInt8>, text decode: (inout Cursor) -> Text?) -> (String?, Text)? {
        var cursor = Cursor(bytes: line)
        cursor.skipSpace()
        guard cursor.take(UInt8(ascii: "{")) else { return nil }
        var id: String?
        var text: Text?
        cursor.skipSpace()
        if cursor.take(UInt8(ascii: "}")) { return nil }
        while true {
            cursor.skipSpace()
            guard let key = cursor.stringRange() else { return nil }
            cursor.skipSpace()
            guard cursor.take(UInt8(ascii: ":")) else { return nil }
            cursor.skipSpace()
            if cursor.equals(key, "text") {
                guard cursor.peek == UInt8(ascii: "\"") else { return nil }
                guard let value = decode(&cursor) else { return nil }
                text = value
            } else if cursor.equals(key, "id") {
                if cursor.peek == UInt8(ascii: "\"") {
                    guard let value = cursor.decodedString() else { return nil }
                    id = value
                } else {
                    let start = cursor.index
                    guard cursor.skipValue() else { return nil }
                    id = String(decoding: UnsafeBufferPointer(rebasing: line[start..<cursor.index]), as: UTF8.self)
                }
            } else {
                guard cursor.skipValue() else { return nil }
            }
            cursor.skipSpace()
            if cursor.take(UInt8(ascii: ",")) { continue }
            guard cursor.take(UInt8(ascii: "}")) else { return nil }
            break
        }
        guard let text else { return nil }
        return (id, text)
    }

    /// Convenience for tests and small inputs.
    public func parse(_ line: String) -> Line? {
        var copy = line
        return copy.withUTF8 { parse($0) }
    }
}

/// A position in one line's bytes; every step checks bounds, so broken input ends in nil.
fileprivate struct Cursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpace() {
        while index < bytes.count {
            let b = bytes[index]
            guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return }
            index += 1
        }
    }

    mutating func take(_ b: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == b else { return false }
        index += 1
        return true
    }

    func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount else { return false }
        let p = literal.utf8Start
        for k in 0..<range.count where bytes[range.lowerBound + k] != p[k] { return false }
        return true
    }

    /// The raw bytes of a string (between its quotes), escapes left as written.
    ///
    /// The closing quote is found with memchr: a quote ends the string unless an odd number of
    /// backslashes stands right before it (each pair is an escaped backslash).
    mutating func stringRange() -> Range<Int>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = index
        guard let base = bytes.baseAddress else { return nil }
        var from = start
        while from < bytes.count {
            guard let found = memchr(base + from, Int32(UInt8(ascii: "\"")), bytes.count - from) else { break }
            let quote = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            var run = quote
            while run > start, bytes[run - 1] == UInt8(ascii: "\\") { run -= 1 }
            if (quote - run) % 2 == 0 {
                index = quote + 1
                return start..<quote
            }
            from = quote + 1
        }
        index = bytes.count
        return nil
    }

    /// A string value with its escapes decoded.
    mutating func decodedString() -> String? {
        guard let raw = stringRange() else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[raw])
        guard slice.contains(UInt8(ascii: "\\")) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var i = 0
        while i < slice.count {
            let b = slice[i]
            guard b == UInt8(ascii: "\\"), i + 1 < slice.count else {
                out.append(b)
                i += 1
                continue
            }
            let e = slice[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var unit = Self.hex4(slice, at: i) else { return nil }
                i += 4
                if unit >= 0xD800 && unit < 0xDC00, i + 5 < slice.count, slice[i] == UInt8(ascii: "\\"),
                    slice[i + 1] == UInt8(ascii: "u"), let low = Self.hex4(slice, at: i + 2), low >= 0xDC00 && low < 0xE000
                {
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                Self.appendUTF8(Unicode.Scalar(unit) ?? "\u{FFFD}", to: &out)
            default: out.append(e)  // \" \\ \/ and anything unknown stand for themselves
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A string value decoded straight into Unicode scalars, for well-formed UTF-8 and escapes.
    ///
    /// Anything unusual (invalid UTF-8, a surrogate escape that does not pair, a broken escape)
    /// starts over through `decodedString`, so the result is always that string's scalars.
    ///
    /// When `newlines` is not nil, the offset of every line feed among the scalars is appended
    /// to it, in order; it is set to nil when the string is decoded the slow way.
    mutating func decodedScalars(newlines: inout [Int]?) -> [Unicode.Scalar]? {
        let opening = index
        // The string's raw bytes first (memchr finds its end): no more scalars than those.
        guard let raw = stringRange() else {
            newlines = nil
            return redecoded(from: opening)
        }
        // The text's last value wins (a repeated key): only its line feeds count.
        newlines?.removeAll(keepingCapacity: true)
        index = raw.lowerBound
        let bytes = bytes
        let n = bytes.count
        let start = index
        // Index just past the closing quote; stays nil when the slow way must decide.
        var closed: Int?
        // Written in place, no append.
        let out = [Unicode.Scalar](unsafeUninitializedCapacity: raw.count) { buffer, count in
            var i = start
            var k = 0
            defer { count = k }
            let out = buffer.baseAddress!
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            while i < n {
                // Eight bytes at a time while none is beyond ASCII, a quote, a backslash or a line
                // feed (the test for a zero byte, after xor with the byte looked for, is exact for "any").
                while i &+ 8 <= n {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    let quote = x ^ 0x2222_2222_2222_2222
                    let backslash = x ^ 0x5C5C_5C5C_5C5C_5C5C
                    let feed = x ^ 0x0A0A_0A0A_0A0A_0A0A
                    let ones: UInt64 = 0x0101_0101_0101_0101
                    let highs: UInt64 = 0x8080_8080_8080_8080
                    let special = (x | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (feed &- ones) & ~feed) & highs
                    if special != 0 { break }
                    for j in 0..<8 { out[k &+ j] = Unicode.Scalar(UInt8(truncatingIfNeeded: x &>> UInt64(j &* 8))) }
                    k &+= 8
                    i &+= 8
                }
                guard i < n else { return }
                // A run of plain ASCII: nearly all of a news text.
                var b = bytes[i]
                while b < 0x80, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\"), b != 0x0A {
                    out[k] = Unicode.Scalar(b)
                    k &+= 1
                    i &+= 1
                    guard i < n else { return }
                    b = bytes[i]
                }
                if b < 0x80 {
                    if b == UInt8(ascii: "\"") {
                        closed = i + 1
                        return
                    }
                    if b != UInt8(ascii: "\\") {
                        if b == 0x0A { newlines?.append(k) }
                        buffer[k] = Unicode.Scalar(b)
                        k += 1
                        i += 1
                        continue
                    }
                    guard i + 1 < n else { return }
                    let e = bytes[i + 1]
                    i += 2
                    switch e {
                    case UInt8(ascii: "n"):
                        newlines?.append(k)
                        buffer[k] = "\n"
                    case UInt8(ascii: "t"): buffer[k] = "\t"
                    case UInt8(ascii: "r"): buffer[k] = "\r"
                    case UInt8(ascii: "b"): buffer[k] = "\u{08}"
                    case UInt8(ascii: "f"): buffer[k] = "\u{0C}"
                    case UInt8(ascii: "u"):
                        guard let unit = Self.hex4(bytes, at: i), let scalar = Unicode.Scalar(unit) else { return }
                        if unit == 0x0A { newlines?.append(k) }
                        buffer[k] = scalar
                        i += 4
                    default:
                        guard e < 0x80 else { return }
                        if e == 0x0A { newlines?.append(k) }
                        buffer[k] = Unicode.Scalar(e)
                    }
                    k += 1
                    continue
                }
                // A multi-byte sequence, validated as strictly as a String would be.
                let b1 = i + 1 < n ? bytes[i + 1] : 0
                if b >= 0xC2 && b <= 0xDF, b1 & 0xC0 == 0x80 {
                    buffer[k] = Unicode.Scalar(UInt32(b & 0x1F) << 6 | UInt32(b1 & 0x3F))!
                    k += 1
                    i += 2
                    continue
                }
                let b2 = i + 2 < n ? bytes[i + 2] : 0
                if b >= 0xE0 && b <= 0xEF, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b != 0xE0 || b1 >= 0xA0, b != 0xED || b1 < 0xA0 {
                    buffer[k] = Unicode.Scalar(UInt32(b & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F))!
                    k += 1
                    i += 3
                    continue
                }
                let b3 = i + 3 < n ? bytes[i + 3] : 0
                if b >= 0xF0 && b <= 0xF4, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80, b != 0xF0 || b1 >= 0x90,
                    b != 0xF4 || b1 < 0x90
                {
                    buffer[k] = Unicode.Scalar(UInt32(b & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F))!
                    k += 1
                    i += 4
                    continue
                }
                return
            }
        }
        // Invalid UTF-8, an escape the fast path leaves alone, or no closing quote.
        guard let closed else {
            newlines = nil
            return redecoded(from: opening)
        }
        index = closed
        return out
    }

    /// The scalars of the string at `opening`, the slow way: decoded to a `String`, then to scalars.
    private mutating func redecoded(from opening: Int) -> [Unicode.Scalar]? {
        index = opening
        return decodedString().map { ScalarText.scalars(of: $0) }
    }

    static func hex4(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        guard i + 4 <= s.count else { return nil }
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let c = UInt32(s[k])
            let d: UInt32
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x37
            case 0x61...0x66: d = c - 0x57
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }

    static func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        for unit in UTF8.encode(s)! { out.append(unit) }
    }

    /// Skips one JSON value of any kind; nesting is counted, not recursed, so depth costs nothing.
    mutating func skipValue() -> Bool {
        var depth = 0
        repeat {
            skipSpace()
            guard let b = peek else { return false }
            switch b {
            case UInt8(ascii: "\""):
                guard stringRange() != nil else { return false }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                index += 1
                continue
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard depth > 0 else { return false }
                depth -= 1
                index += 1
            case UInt8(ascii: ","), UInt8(ascii: ":"):
                guard depth > 0 else { return false }
                index += 1
                continue
            default:
                // A number or a literal: up to the next delimiter.
                let start = index
                while let c = peek, c != UInt8(ascii: ","), c != UInt8(ascii: "}"), c != UInt8(ascii: "]"), c != 0x20,
                    c != 0x0A, c != 0x09, c != 0x0D
                {
                    index += 1
                }
                guard index > start else { return false }
            }
        } while depth > 0
        return true
    }
}
