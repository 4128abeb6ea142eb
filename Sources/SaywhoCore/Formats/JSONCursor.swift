#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A position in one line's bytes; every step checks bounds, and broken input throws.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// Foundation's limit: deeper nesting is refused, not read.
    static let maximumDepth = 512

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

    /// The error for what stands at the cursor when `expected` should.
    func unexpected(_ expected: String, at position: Int? = nil) -> JSONLineError {
        let at = position ?? index
        guard at < bytes.count else { return .invalid(reason: "the line ends where \(expected) should follow", column: at + 1) }
        let b = bytes[at]
        let found =
            b >= 0x20 && b < 0x7F ? "\"\(Character(Unicode.Scalar(b)))\"" : "byte 0x\(String(b, radix: 16, uppercase: true))"
        return .invalid(reason: "\(found) where \(expected) should be", column: at + 1)
    }

    /// Nothing but white space after the object.
    mutating func expectEnd() throws(JSONLineError) {
        skipSpace()
        guard index == bytes.count else { throw unexpected("the end of the line") }
    }

    /// Of eight bytes loaded at once, those that are a quote, a backslash, a control character
    /// or beyond ASCII: the high bit of each such byte is set, and of no byte before the first.
    ///
    /// The test for a zero byte (after xor with the byte looked for) can also mark a byte
    /// after a real match, never one before it, so the lowest bit set finds the first.
    @inline(__always) static func special(_ x: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = x ^ 0x2222_2222_2222_2222
        let backslash = x ^ 0x5C5C_5C5C_5C5C_5C5C
        let control = (x &- 0x2020_2020_2020_2020) & ~x
        return (x | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash | control) & highs
    }

    /// Skips a string whose opening quote is at the cursor, checking it; its raw bytes (between the quotes).
    ///
    /// Inlined: most strings skipped are short keys and values, where a call cost as much as the scan.
    @inline(__always) mutating func stringRange() throws(JSONLineError) -> Range<Int> {
        let opening = index
        let start = opening + 1
        let n = bytes.count
        let base = bytes.baseAddress!
        let raw = UnsafeRawPointer(base)
        // A local position: kept in a register, not written back to `index` at every step.
        var i = start
        while true {
            // Eight plain bytes at a time, then straight to the first that is not plain.
            while i &+ 8 <= n {
                let special = Self.special(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                if special != 0 {
                    i &+= special.trailingZeroBitCount &>> 3
                    break
                }
                i &+= 8
            }
            guard i < n else { throw .invalid(reason: "the string opened here never closes", column: opening + 1) }
            let b = base[i]
            if b == UInt8(ascii: "\"") {
                index = i + 1
                return start..<i
            }
            if b >= 0x20, b < 0x80, b != UInt8(ascii: "\\") {
                i += 1
                continue
            }
            index = i
            if b == UInt8(ascii: "\\") {
                _ = try escape()
            } else if b < 0x20 {
                throw .invalid(
                    reason: "a control character (0x\(String(b, radix: 16, uppercase: true))) must be escaped in a string",
                    column: i + 1)
            } else {
                _ = try utf8Scalar()
            }
            i = index
        }
    }

    /// The scalar of the escape at the cursor (a backslash), a surrogate pair taken whole; moves past it.
    @inline(__always) mutating func escape() throws(JSONLineError) -> Unicode.Scalar {
        let at = index
        guard index + 1 < bytes.count else {
            throw .invalid(reason: "the line ends in an escape, inside a string", column: at + 1)
        }
        let e = bytes[index + 1]
        index += 2
        switch e {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "u"):
            guard let unit = hex4(at: index) else { throw .invalid(reason: "\\u needs four hexadecimal digits", column: at + 1) }
            index += 4
            if let scalar = Unicode.Scalar(unit) { return scalar }
            // A surrogate: a high one followed by a low one is one scalar; any other is not text.
            guard unit < 0xDC00, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                bytes[index + 1] == UInt8(ascii: "u"),
                let low = hex4(at: index + 2), low >= 0xDC00, low < 0xE000
            else {
                throw .invalid(
                    reason: "a lone surrogate (\\u\(String(unit, radix: 16, uppercase: true))) is not a character", column: at + 1
                )
            }
            index += 6
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
        default:
            throw .invalid(
                reason: "\\\(e >= 0x20 && e < 0x7F ? String(Unicode.Scalar(e)) : "?") is not an escape JSON knows", column: at + 1
            )
        }
    }

    /// The scalar of the multi-byte UTF-8 sequence at the cursor, validated as strictly as a String would be.
    @inline(__always) mutating func utf8Scalar() throws(JSONLineError) -> Unicode.Scalar {
        let n = bytes.count
        let i = index
        let b = bytes[i]
        let b1 = i + 1 < n ? bytes[i + 1] : 0
        if b >= 0xC2 && b <= 0xDF, b1 & 0xC0 == 0x80 {
            index += 2
            return Unicode.Scalar(UInt32(b & 0x1F) << 6 | UInt32(b1 & 0x3F))!
        }
        let b2 = i + 2 < n ? bytes[i + 2] : 0
        if b >= 0xE0 && b <= 0xEF, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b != 0xE0 || b1 >= 0xA0, b != 0xED || b1 < 0xA0 {
            index += 3
            return Unicode.Scalar(UInt32(b & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F))!
        }
        let b3 = i + 3 < n ? bytes[i + 3] : 0
        if b >= 0xF0 && b <= 0xF4, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80, b != 0xF0 || b1 >= 0x90,
            b != 0xF4 || b1 < 0x90
        {
            index += 4
            return Unicode.Scalar(UInt32(b & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F))!
        }
        throw .invalid(reason: "invalid UTF-8 in a string", column: i + 1)
    }

    /// A string value with its escapes decoded.
    mutating func decodedString() throws(JSONLineError) -> String {
        let raw = try stringRange()
        let slice = UnsafeBufferPointer(rebasing: bytes[raw])
        // Checked by `stringRange`: without a backslash the bytes are the string.
        guard slice.contains(UInt8(ascii: "\\")) else { return String(decoding: slice, as: UTF8.self) }
        let end = index
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        index = raw.lowerBound
        while index < raw.upperBound {
            if bytes[index] == UInt8(ascii: "\\") {
                out.append(contentsOf: UTF8.encode(try escape())!)
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        index = end
        return String(decoding: out, as: UTF8.self)
    }

    /// A string value decoded straight into Unicode scalars, checked as `stringRange` checks it.
    ///
    /// The offset of every line feed among the scalars is appended to `newlines`, in order.
    mutating func decodedScalars(newlines: inout [Int]) throws(JSONLineError) -> [Unicode.Scalar] {
        let opening = index
        // No more scalars than raw bytes up to the closing quote, found with memchr: a quote
        // ends the string unless an odd number of backslashes stands right before it.
        var bound = bytes.count
        if let base = bytes.baseAddress {
            var from = index + 1
            while from < bytes.count, let found = memchr(base + from, Int32(UInt8(ascii: "\"")), bytes.count - from) {
                let quote = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
                var run = quote
                while run > index + 1, bytes[run - 1] == UInt8(ascii: "\\") { run -= 1 }
                if (quote - run) % 2 == 0 {
                    bound = quote
                    break
                }
                from = quote + 1
            }
        }
        var capacity = bound - index
        var failure: JSONLineError?
        while true {
            index = opening + 1
            var closed = false
            let out = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                do throws(JSONLineError) {
                    closed = try fill(buffer, count: &count, newlines: &newlines, opening: opening)
                } catch {
                    failure = error
                }
            }
            if let failure { throw failure }
            if closed { return out }
            // Not reached with the bound above; room for the rest of the line all the same.
            newlines.removeAll(keepingCapacity: true)
            capacity = bytes.count - opening
        }
    }

    /// Decodes scalars into `buffer` until the closing quote (true) or until the buffer is full (false).
    private mutating func fill(
        _ buffer: UnsafeMutableBufferPointer<Unicode.Scalar>, count k: inout Int, newlines: inout [Int], opening: Int
    )
        throws(JSONLineError) -> Bool
    {
        let bytes = bytes
        let n = bytes.count
        let capacity = buffer.count
        let out = buffer.baseAddress!
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        var i = index
        defer { index = i }
        while true {
            // Eight bytes at a time while none is beyond ASCII, a quote, a backslash or a control character.
            while i &+ 8 <= n, k &+ 8 <= capacity {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let special = Self.special(x)
                // The plain bytes before the first special one are copied all the same.
                let plain = special == 0 ? 8 : special.trailingZeroBitCount &>> 3
                for j in 0..<8 { out[k &+ j] = Unicode.Scalar(UInt8(truncatingIfNeeded: x &>> UInt64(j &* 8))) }
                k &+= plain
                i &+= plain
                if special != 0 { break }
            }
            guard i < n else { throw .invalid(reason: "the string opened here never closes", column: opening + 1) }
            // A run of plain ASCII: nearly all of a news text.
            var b = bytes[i]
            while b < 0x80, b >= 0x20, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") {
                guard k < capacity else { return false }
                out[k] = Unicode.Scalar(b)
                k &+= 1
                i &+= 1
                guard i < n else { throw .invalid(reason: "the string opened here never closes", column: opening + 1) }
                b = bytes[i]
            }
            if b == UInt8(ascii: "\"") {
                i += 1
                return true
            }
            guard k < capacity else { return false }
            index = i
            let scalar: Unicode.Scalar
            if b == UInt8(ascii: "\\") {
                scalar = try escape()
            } else if b < 0x20 {
                throw .invalid(
                    reason: "a control character (0x\(String(b, radix: 16, uppercase: true))) must be escaped in a string",
                    column: i + 1)
            } else {
                scalar = try utf8Scalar()
            }
            i = index
            if scalar == "\n" { newlines.append(k) }
            out[k] = scalar
            k += 1
        }
    }

    func hex4(at i: Int) -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            let c = UInt32(bytes[k])
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

    /// Skips a number, checking its grammar; its bytes.
    mutating func number() throws(JSONLineError) -> Range<Int> {
        let start = index
        func isDigit(_ b: UInt8?) -> Bool { b.map { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } ?? false }
        _ = take(UInt8(ascii: "-"))
        let integerStart = index
        if take(UInt8(ascii: "0")) {
            if isDigit(peek) { throw .invalid(reason: "a number cannot start with 0", column: start + 1) }
        } else {
            guard isDigit(peek) else { throw unexpected("a digit") }
            while isDigit(peek) { index += 1 }
        }
        let integerDigits = index - integerStart
        if take(UInt8(ascii: ".")) {
            guard isDigit(peek) else { throw unexpected("a digit after the decimal point") }
            while isDigit(peek) { index += 1 }
        }
        var exponent = false
        if take(UInt8(ascii: "e")) || take(UInt8(ascii: "E")) {
            exponent = true
            if !take(UInt8(ascii: "+")) { _ = take(UInt8(ascii: "-")) }
            guard isDigit(peek) else { throw unexpected("a digit in the exponent") }
            while isDigit(peek) { index += 1 }
        }
        // Foundation refuses a number beyond a Double's range (1e400) rather than make it infinite.
        if exponent || integerDigits > 308 {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            guard let value = Double(text), value.isFinite else {
                throw .invalid(reason: "the number \(text.prefix(40)) is too large", column: start + 1)
            }
        }
        return start..<index
    }

    /// Skips one value of any kind, checking it as Foundation would read it.
    ///
    /// Nesting is kept on a stack, not recursed into; `depth` is the number of objects
    /// and arrays the value stands in.
    mutating func skipValue(depth: Int) throws(JSONLineError) {
        var open = JSONOpenContainers()
        value: while true {
            skipSpace()
            guard let b = peek else { throw unexpected("a value") }
            switch b {
            case UInt8(ascii: "\""):
                _ = try stringRange()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard depth + open.count < Self.maximumDepth else {
                    throw .invalid(reason: "objects and arrays nested more than \(Self.maximumDepth) deep", column: index + 1)
                }
                let isObject = b == UInt8(ascii: "{")
                index += 1
                skipSpace()
                if take(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) { break }
                open.push(isObject)
                if isObject { try key() }
                continue value
            case UInt8(ascii: "t"): try literal("true")
            case UInt8(ascii: "f"): try literal("false")
            case UInt8(ascii: "n"): try literal("null")
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                _ = try number()
            default:
                throw unexpected("a value")
            }
            // A value is complete: close what it completes, or go on to the next one.
            while let isObject = open.top {
                skipSpace()
                let close = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if take(UInt8(ascii: ",")) {
                    skipSpace()
                    // One trailing comma is allowed, as Foundation allows it.
                    if take(close) {
                        open.pop()
                        continue
                    }
                    if isObject { try key() }
                    continue value
                }
                guard take(close) else { throw unexpected(isObject ? "\",\" or \"}\"" : "\",\" or \"]\"") }
                open.pop()
            }
            return
        }
    }

    /// Skips an object's key and its colon.
    private mutating func key() throws(JSONLineError) {
        skipSpace()
        guard peek == UInt8(ascii: "\"") else { throw unexpected("a key in quotes") }
        _ = try stringRange()
        skipSpace()
        guard take(UInt8(ascii: ":")) else { throw unexpected("\":\" after the key") }
    }

    private mutating func literal(_ word: StaticString) throws(JSONLineError) {
        let start = index
        let count = word.utf8CodeUnitCount
        guard start + count <= bytes.count,
            (0..<count).allSatisfy({ bytes[start + $0] == word.utf8Start[$0] })
        else {
            throw .invalid(reason: "not a value JSON knows (true, false, null, a number, a string, [ or {)", column: start + 1)
        }
        index += count
    }
}

/// The objects and arrays open around a value, innermost last: a bit each, in one word
/// while they are few (an array allocated for every skipped list cost a percent of `extract`).
struct JSONOpenContainers {
    private var bits: UInt64 = 0
    private var deeper: [Bool] = []
    private(set) var count = 0

    /// True for an object, false for an array, nil when none is open.
    var top: Bool? {
        guard count > 0 else { return nil }
        return count > 64 ? deeper[deeper.count - 1] : bits & 1 == 1
    }

    mutating func push(_ isObject: Bool) {
        if count < 64 {
            bits = bits << 1 | (isObject ? 1 : 0)
        } else {
            deeper.append(isObject)
        }
        count += 1
    }

    mutating func pop() {
        if count > 64 {
            deeper.removeLast()
        } else {
            bits >>= 1
        }
        count -= 1
    }
}
