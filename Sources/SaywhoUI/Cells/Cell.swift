/// One screen cell: a grapheme cluster, its display width and its style.
///
/// A wide grapheme occupies two cells; the second is a continuation cell
/// (width 0) that holds no text of its own.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn in the cell (a space for blank and continuation cells).
    public var grapheme: Character
    /// Columns the grapheme takes: 1 or 2, or 0 for a continuation cell.
    public var width: UInt8
    /// The semantic style of the cell.
    public var style: CellStyle

    /// Creates a cell; graphemes are expected to be safe (see ``GlyphSanitizer``).
    public init(_ grapheme: Character = " ", width: UInt8 = 1, style: CellStyle = .text) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    /// Whether this is the right half of a wide grapheme.
    public var isContinuation: Bool { width == 0 }

    /// A blank cell in the given style.
    public static func blank(_ style: CellStyle = .text) -> Cell { Cell(" ", width: 1, style: style) }

    /// The right half of a wide grapheme in the given style.
    public static func continuation(_ style: CellStyle) -> Cell { Cell(" ", width: 0, style: style) }
}
