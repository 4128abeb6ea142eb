import SaywhoCore

/// The glyphs a grapheme cluster is drawn as, with SaywhoCore's `Sanitizer` policy applied.
///
/// Which scalars are unsafe and what stands in for them is decided by `Sanitizer`
/// alone (the command line's tables use it too); this type only cuts clusters into
/// cells, so nothing an unsafe scalar stands for reaches the terminal.
public enum GlyphSanitizer {
    /// Whether a grapheme cluster holds any unsafe scalar.
    @inline(__always)
    public static func needsPlaceholder(_ character: Character) -> Bool {
        // "\r\n" is one cluster with the ASCII value of "\n": unsafe either way.
        if let ascii = character.asciiValue { return Sanitizer.isUnsafe(Unicode.Scalar(ascii)) }
        return character.unicodeScalars.contains(where: Sanitizer.isUnsafe)
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
            if Sanitizer.isUnsafe(scalar) {
                flushSafe()
                // Placeholders are plain ASCII: one column a character.
                result.append(contentsOf: Sanitizer.placeholder(for: scalar).map { ($0, 1) })
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
        if let ascii = character.asciiValue, !Sanitizer.isUnsafe(Unicode.Scalar(ascii)) { return 1 }
        if !needsPlaceholder(character) { return DisplayWidth.of(character) }
        return glyphs(for: character).reduce(0) { $0 + $1.1 }
    }
}
