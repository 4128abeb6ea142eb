import SaywhoCore

/// Makes untrusted text safe to draw: control characters become visible placeholders.
///
/// C0 controls (ESC included) and DEL use caret notation (`^[`, `^?`); C1
/// controls and the bidirectional overrides and isolates (U+202A–202E,
/// U+2066–2069) appear as `<U+202E>`. Nothing they stand for reaches the terminal.
public enum GlyphSanitizer {
    // The set of unsafe scalars is SaywhoCore's `Sanitizer`, shared with the command line's tables.
    /// Whether a scalar must never be written to the terminal as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        Sanitizer.isUnsafe(scalar)
    }

    /// The visible placeholder drawn for an unsafe scalar, or nil for a safe one.
    public static func placeholder(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x00...0x1F:
            return "^" + String(Character(Unicode.Scalar(UInt8(value + 0x40))))
        case 0x7F:
            return "^?"
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
            let hex = String(value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        default:
            return nil
        }
    }

    /// Whether a grapheme cluster holds any unsafe scalar.
    @inline(__always)
    public static func needsPlaceholder(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return ascii < 0x20 || ascii == 0x7F
        }
        return character.unicodeScalars.contains(where: isUnsafe)
    }

    /// The safe glyphs (grapheme and width) a cluster is drawn as; zero-width glyphs are left out.
    public static func glyphs(for character: Character) -> [(Character, Int)] {
        guard needsPlaceholder(character) else {
            let width = DisplayWidth.of(character)
            return width == 0 ? [] : [(character, width)]
        }
        var result: [(Character, Int)] = []
        var safe = String.UnicodeScalarView()
        func flushSafe() {
            guard !safe.isEmpty else { return }
            for piece in String(safe) {
                let width = DisplayWidth.of(piece)
                if width > 0 { result.append((piece, width)) }
            }
            safe = String.UnicodeScalarView()
        }
        for scalar in character.unicodeScalars {
            if let text = placeholder(for: scalar) {
                flushSafe()
                result.append(contentsOf: text.map { ($0, 1) })
            } else {
                safe.append(scalar)
            }
        }
        flushSafe()
        return result
    }

    /// Columns a cluster takes once sanitized (placeholders may be wider than one cell).
    @inline(__always)
    public static func displayWidth(of character: Character) -> Int {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii != 0x7F { return 1 }
        if !needsPlaceholder(character) { return DisplayWidth.of(character) }
        return glyphs(for: character).reduce(0) { $0 + $1.1 }
    }

    /// The text with every unsafe scalar replaced by its placeholder.
    public static func sanitize(_ text: some StringProtocol) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let placeholder = placeholder(for: scalar) {
                result += placeholder
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
