/// Makes untrusted text safe to print: control characters become visible placeholders.
///
/// This is saywho's one sanitizing policy: the reader's screen (SaywhoUI's
/// `GlyphSanitizer`), the command line's tables, its messages and the bookmark
/// exports all build on it, so a text shows the same everywhere.
///
/// - C0 controls (ESC included) and DEL show in caret notation: `^[`, `^?`.
/// - A tab is a control like the others and shows as `^I`. Its width would depend
///   on tab stops that neither a pane nor a table column has, and a reader of an
///   untrusted text should see that it is there rather than guess at a gap.
/// - C1 controls, the bidirectional overrides and isolates (U+202A–202E,
///   U+2066–2069), the line and paragraph separators (U+2028, U+2029), and the
///   invisible zero-width space, word joiner and byte-order mark (U+200B, U+2060,
///   U+FEFF) show as `<U+202E>`: they move or hide text, and some terminals break
///   lines at the separators.
public enum Sanitizer {
    /// Whether a scalar must never be written to a terminal as it is.
    @inline(__always) public static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || v == 0x7F { return true }
        if v < 0x80 { return false }
        return v < 0xA0 || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) || v == 0x2028 || v == 0x2029
            || v == 0x200B || v == 0x2060 || v == 0xFEFF
    }

    /// The placeholder drawn for an unsafe scalar; always plain ASCII, one column a character.
    public static func placeholder(for s: Unicode.Scalar) -> String {
        let v = s.value
        if v < 0x20 { return "^" + String(Unicode.Scalar(UInt8(v + 0x40))) }
        if v == 0x7F { return "^?" }
        return "<U+" + String(v, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
    }

    /// `text` with every unsafe scalar replaced (newlines too, unless `keepNewlines`).
    public static func visible(_ text: some StringProtocol, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return String(text) }
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
