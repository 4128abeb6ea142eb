import SaywhoCore

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
}
