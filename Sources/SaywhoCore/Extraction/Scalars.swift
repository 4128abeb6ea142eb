/// Cheap character classes on Unicode scalars, with an ASCII fast path.
enum Scalars {
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C }
        return v == 0xA0 || v == 0x3000 || (v >= 0x2000 && v <= 0x200A) || v == 0x202F || v == 0x205F
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        // General Punctuation (’ “ ” — …) holds no letter: skip the property lookup for it.
        if v >= 0x2000 && v <= 0x206F { return false }
        return s.properties.isAlphabetic
    }

    /// An ASCII letter or digit (`isWordScalar` for the ASCII range), for a scalar's value.
    @inline(__always) static func isASCIIWord(_ v: UInt32) -> Bool {
        (v | 0x20) &- 0x61 < 26 || v &- 0x30 < 10
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v >= 0x30 && v <= 0x39
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always) static func isLower(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        return s.properties.isLowercase
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return isASCIIWord(v) }
        return isLetter(s) || (v >= 0x300 && v <= 0x36F) || isMojibakeTail(s)
    }

    /// Latin-1 signs that stand for the second byte of a letter decoded twice ("FranÃ§ois" for
    /// "François"): inside such a word they are letters, or the name falls apart.
    @inline(__always) static func isMojibakeTail(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v >= 0x80 && v <= 0x9F || v >= 0xA2 && v <= 0xBE && v != 0xAB && v != 0xBB && v != 0xB7
    }

    /// Apostrophe-like scalars that may sit inside a word (don't, O’Brien).
    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "`"
    }

    /// Sentence-ending punctuation.
    @inline(__always) static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "。" || s == "！" || s == "？"
    }

    /// True when `scalars` hold the ASCII `needle` (lower case), ignoring the case of ASCII letters.
    static func containsCaseInsensitive(_ scalars: [Unicode.Scalar], _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, scalars.count >= n else { return false }
        let p = needle.utf8Start
        let first = UInt32(p[0])
        var i = 0
        while i <= scalars.count - n {
            var v = scalars[i].value
            if v >= 0x41 && v <= 0x5A { v += 32 }
            if v == first {
                var k = 1
                while k < n {
                    var w = scalars[i + k].value
                    if w >= 0x41 && w <= 0x5A { w += 32 }
                    if w != UInt32(p[k]) { break }
                    k += 1
                }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }

    /// The string of `scalars[start..<end]`, UTF-8 encoded in one pass without a scalar view.
    static func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var length = 0
        for k in start..<end {
            let v = scalars[k].value
            length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for k in start..<end {
                let v = scalars[k].value
                if v < 0x80 {
                    buffer[i] = UInt8(v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | (v >> 6))
                    buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
                    i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | (v >> 12))
                    buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
                    i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | (v >> 18))
                    buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
                    i += 4
                }
            }
            return i
        }
    }

    /// The scalars of `text`, decoded from its UTF-8 in one pass (a String's UTF-8 is always valid).
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var copy = text
        return copy.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b = UInt32(bytes[i])
                var v: UInt32
                if b < 0x80 {
                    v = b
                    i += 1
                } else if b < 0xE0, i + 1 < n {
                    v = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b < 0xF0, i + 2 < n {
                    v = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else if i + 3 < n {
                    v = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                } else {
                    v = 0xFFFD
                    i = n
                }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
            return out
        }
    }
}

extension String {
    /// `split(separator: " ")`, without walking grapheme clusters when the text is printable
    /// ASCII (each byte is then a Character); any other text goes through `split` itself.
    func splitBySpace() -> [Substring] {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return split(separator: " ") }
        var pieces: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                if start != i { pieces.append(self[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { pieces.append(self[start..<utf8.endIndex]) }
        return pieces
    }
}

extension String {
    /// Runs `body` on the text's UTF-8 in place (a copy only for a text that is not stored
    /// contiguously): iterating `utf8` goes through the String a byte at a time.
    @inline(__always) func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// True when every byte of the text is below `bound` (0x80: ASCII).
    @inline(__always) func allBytes(below bound: UInt8) -> Bool {
        withUTF8Bytes { bytes in
            for byte in bytes where byte >= bound { return false }
            return true
        }
    }

    /// True when every byte of the text is printable ASCII (0x20 to 0x7E): each is a Character.
    func isPrintableASCII() -> Bool {
        withUTF8Bytes { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return false }
            return true
        }
    }

    /// `split(separator: " ").last`, without building the other pieces when the text is
    /// printable ASCII (each byte is then a Character); any other text goes through `split`.
    func lastPieceBySpace() -> Substring? {
        let piece: Range<Int>?? = withUTF8Bytes { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            return start..<end
        }
        guard let piece else { return split(separator: " ").last }
        guard let piece else { return nil }
        let utf8 = self.utf8
        return self[utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: piece.upperBound)]
    }

    /// `lowercased()` for an ASCII text, its letters mapped byte for byte (the text itself when
    /// it has no upper-case letter); nil for any other text.
    func asciiLowercased() -> String? {
        withUTF8Bytes { bytes in
            var upper = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x41 && byte <= 0x5A { upper = true }
            }
            guard upper else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (i, byte) in bytes.enumerated() { buffer[i] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
                return bytes.count
            }
        }
    }
}
