/// Makes untrusted text safe to print: control characters become visible placeholders.
///
/// C0 and C1 controls (ESC included) and DEL show in caret notation (`^[`, `^?`) or as
/// `<U+0085>`; bidirectional overrides and isolates show as `<U+202E>`. Tabs become a space.
public enum Sanitizer {
    @inline(__always) public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) || (v >= 0x202A && v <= 0x202E)
            || (v >= 0x2066 && v <= 0x2069)
    }

    /// The placeholder drawn for an unsafe scalar.
    public static func placeholder(for s: Unicode.Scalar) -> String {
        let v = s.value
        if v == 0x09 { return " " }
        if v < 0x20 { return "^" + String(Unicode.Scalar(UInt8(v + 0x40))) }
        if v == 0x7F { return "^?" }
        return "<U+" + String(v, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
    }

    /// `text` with every unsafe scalar replaced (newlines too, unless `keepNewlines`).
    public static func visible(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if keepNewlines && s == "\n" {
                out.append(s)
            } else if isUnsafe(s) {
                out.append(contentsOf: placeholder(for: s).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
