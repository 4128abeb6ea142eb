import SaywhoCore

/// One grapheme cluster of a text with where it lies and how wide it draws.
struct Cluster {
    var start: String.Index
    var end: String.Index
    /// Unicode scalars in the cluster.
    var scalarCount: Int
    /// Columns the cluster takes once sanitized.
    var width: Int
    /// Whether the cluster is a space a line may break after (a tab shows as `^I`, which does not break).
    var isBreakable: Bool
    /// Whether the cluster ends a paragraph ("\n", or "\r\n").
    var isNewline: Bool
    /// The cluster's first and last scalars, which line breaking reads (`Kinsoku`).
    var first: Unicode.Scalar
    var last: Unicode.Scalar
}

/// Walks a text cluster by cluster, with a fast path for ASCII runs.
struct ClusterScanner {
    let text: String
    private(set) var index: String.Index

    init(_ text: String, from index: String.Index) {
        self.text = text
        self.index = index
    }

    /// The next cluster, or nil at the end of the text.
    mutating func next() -> Cluster? {
        let utf8 = text.utf8
        guard index < utf8.endIndex else { return nil }
        let byte = utf8[index]
        if byte < 0x80 && byte != 0x0D {
            let after = utf8.index(after: index)
            if after == utf8.endIndex || utf8[after] < 0x80 {
                defer { index = after }
                let isNewline = byte == 0x0A
                let scalar = Unicode.Scalar(byte)
                let width = isNewline ? 0 : (Sanitizer.isUnsafe(scalar) ? Sanitizer.placeholder(for: scalar).count : 1)
                return Cluster(
                    start: index, end: after, scalarCount: 1, width: width,
                    isBreakable: byte == 0x20, isNewline: isNewline, first: scalar, last: scalar)
            }
        }
        let end = text.index(after: index)
        let character = text[index]
        defer { index = end }
        let isNewline = character == "\n" || character == "\r\n"
        let scalars = character.unicodeScalars
        return Cluster(
            start: index, end: end, scalarCount: character.unicodeScalars.count,
            width: isNewline ? 0 : GlyphSanitizer.displayWidth(of: character),
            isBreakable: character == " " || character == "\u{3000}", isNewline: isNewline, first: scalars.first!,
            last: scalars.last!)
    }
}
