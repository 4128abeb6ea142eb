/// Display width of text in terminal columns, from SaywhoUI's own Unicode tables.
///
/// A grapheme cluster takes 0, 1 or 2 columns: combining marks and format
/// characters 0, East Asian Wide and Fullwidth characters and emoji 2,
/// ZWJ emoji sequences and flags 2. Widths agree with glibc's `wcwidth`
/// scalar by scalar; control characters count as 1 here, but never reach the
/// screen as they are (see ``GlyphSanitizer``).
public enum DisplayWidth {
    /// Columns one Unicode scalar takes: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 {
            // Below the combining marks every printable scalar takes one column.
            return value == 0 ? 0 : 1
        }
        if WidthTable.contains(WidthTable.zero, value) { return 0 }
        if WidthTable.contains(WidthTable.wide, value) { return 2 }
        return 1
    }

    /// Columns one grapheme cluster takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        guard let second = iterator.next() else { return of(first) }
        if isRegionalIndicator(first) && isRegionalIndicator(second) { return 2 }
        // The base decides, as in ncursesw; a cluster led by a zero-width
        // scalar takes the width of its first spacing scalar.
        var width = of(first)
        if width == 0 {
            for scalar in scalars where of(scalar) > 0 {
                width = of(scalar)
                break
            }
        }
        if width == 1 && scalars.contains(where: { $0.value == 0x200D }) && first.properties.isEmoji {
            return 2
        }
        return min(width, 2)
    }

    /// Columns a string takes once sanitized, summed over its grapheme clusters.
    public static func of(_ string: some StringProtocol) -> Int {
        var total = 0
        for character in string {
            total += GlyphSanitizer.displayWidth(of: character)
        }
        return total
    }

    /// Whether a scalar is a regional indicator letter; two of them make a flag two columns wide.
    public static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }
}
