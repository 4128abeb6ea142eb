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
        return s.properties.isAlphabetic
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
        isLetter(s) || isDigit(s) || (s.value >= 0x300 && s.value <= 0x36F)
    }

    /// Apostrophe-like scalars that may sit inside a word (don't, O’Brien).
    @inline(__always) static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "`"
    }

    /// Sentence-ending punctuation.
    @inline(__always) static func isTerminal(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "!" || s == "?" || s == "。" || s == "！" || s == "？"
    }
}
