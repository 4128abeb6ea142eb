import SaywhoCore

/// A frame of cells that panes draw into; the backend diffs and flushes it.
///
/// Every string put into a buffer is sanitized, so no caller can send control
/// characters to the terminal. A wide grapheme takes its cell and a
/// continuation cell; one that would not fit is replaced by a space, never split.
public struct CellBuffer: Hashable, Sendable {
    /// Columns in the buffer.
    public private(set) var width: Int
    /// Rows in the buffer.
    public private(set) var height: Int
    /// The cells, row by row.
    public private(set) var cells: [Cell]

    /// Creates a buffer of blank cells in `style`.
    public init(width: Int, height: Int, style: CellStyle = .text) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// Creates a buffer of blank cells the size of `size`.
    public init(size: Size, style: CellStyle = .text) {
        self.init(width: size.columns, height: size.rows, style: style)
    }

    /// The whole buffer as a rectangle at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y` (both must be inside the buffer).
    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Fills a rectangle (clipped to the buffer) with blank cells in `style`.
    public mutating func fill(_ rect: Rect, style: CellStyle = .text) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            repairWideCells(y: y, from: area.x, to: area.maxX)
            for x in area.x..<area.maxX { cells[y * width + x] = .blank(style) }
        }
    }

    /// Writes one grapheme at (x, y), clipped to `limit` (exclusive column); returns the next column.
    ///
    /// Unsafe clusters become their placeholders; zero-width clusters draw nothing.
    @discardableResult
    public mutating func put(_ character: Character, x: Int, y: Int, style: CellStyle = .text, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height else { return x }
        if let ascii = character.asciiValue, !Sanitizer.isUnsafe(Unicode.Scalar(ascii)) {
            return putGlyph(character, glyphWidth: 1, x: x, y: y, style: style, end: end)
        }
        var column = x
        for (glyph, glyphWidth) in GlyphSanitizer.glyphs(for: character) {
            column = putGlyph(glyph, glyphWidth: glyphWidth, x: column, y: y, style: style, end: end)
        }
        return column
    }

    /// Writes a string at (x, y), sanitized, clipped to `maxWidth` columns and the buffer; returns the next column.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: CellStyle = .text, maxWidth: Int? = nil) -> Int {
        let end = maxWidth.map { min(width, x + max(0, $0)) } ?? width
        var column = x
        for character in text {
            if column >= end { break }
            column = put(character, x: column, y: y, style: style, limit: end)
        }
        return column
    }

    /// Each row as a String, continuation cells skipped.
    public func lines() -> [String] {
        (0..<height).map { line($0) }
    }

    /// Row `y` as a String, continuation cells skipped.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width where !self[x, y].isContinuation {
            text.append(self[x, y].grapheme)
        }
        return text
    }

    /// Puts one safe glyph of `glyphWidth` columns, padding with a space when a wide glyph does not fit.
    private mutating func putGlyph(_ glyph: Character, glyphWidth: Int, x: Int, y: Int, style: CellStyle, end: Int) -> Int {
        guard x < end else { return x }
        guard x >= 0 else { return x + glyphWidth }
        if glyphWidth == 2 && x + 1 >= end {
            repairWideCells(y: y, from: x, to: x + 1)
            cells[y * width + x] = .blank(style)
            return x + 1
        }
        repairWideCells(y: y, from: x, to: x + glyphWidth)
        cells[y * width + x] = Cell(glyph, width: UInt8(glyphWidth), style: style)
        if glyphWidth == 2 { cells[y * width + x + 1] = .continuation(style) }
        return x + glyphWidth
    }

    /// Blanks the halves of wide graphemes that straddle the edges of columns `from..<to` about to be overwritten.
    private mutating func repairWideCells(y: Int, from: Int, to: Int) {
        let row = y * width
        if from > 0, from < width, cells[row + from].isContinuation {
            cells[row + from - 1] = .blank(cells[row + from - 1].style)
        }
        if to < width, to > 0, cells[row + to].isContinuation {
            cells[row + to] = .blank(cells[row + to].style)
        }
    }
}
