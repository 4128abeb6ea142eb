/// Article text word-wrapped to a display width, with a map between text offsets and screen positions.
///
/// Offsets are Unicode scalar offsets into the text, the unit quotes use.
/// Paragraphs end at "\n". Wrapping is done once per width in time linear in
/// the text; finding a row is a binary search and drawing costs only the rows
/// drawn. Control characters count with the width of their placeholders.
public struct WrappedText: Sendable {
    /// The text that was wrapped.
    public let text: String
    /// The width in columns the text was wrapped to.
    public let width: Int
    /// Whether a blank row separates paragraphs.
    public let spacesParagraphs: Bool
    /// The rows, top to bottom.
    public private(set) var rows: [WrappedRow] = []

    /// Wraps `text` to `width` columns (at least 1), breaking after spaces, between CJK characters where
    /// `Kinsoku` allows it, and inside words only when a word is wider than a row.
    public init(_ text: String, width: Int, spacesParagraphs: Bool = false) {
        self.text = text
        self.width = max(1, width)
        self.spacesParagraphs = spacesParagraphs
        wrap()
    }

    /// Rows in the wrapping.
    public var rowCount: Int { rows.count }

    private mutating func wrap() {
        var scanner = ClusterScanner(text, from: text.startIndex)
        var rowStart = text.startIndex
        var rowStartScalar = 0
        var scalar = 0
        var column = 0
        var breakAfter: (index: String.Index, scalar: Int, column: Int)?
        // CJK text breaks between two characters where kinsoku allows, when the row has no space
        // to break at: `previous` is the last scalar of the cluster before, nil after a space.
        var betweenCJK: (index: String.Index, scalar: Int, column: Int)?
        var previous: Unicode.Scalar?

        func endRow(at index: String.Index, scalar end: Int) {
            rows.append(WrappedRow(start: rowStart, end: index, scalars: rowStartScalar..<end, isSpacer: false))
            rowStart = index
            rowStartScalar = end
        }

        while let cluster = scanner.next() {
            if cluster.isNewline {
                scalar += cluster.scalarCount
                endRow(at: cluster.end, scalar: scalar)
                if spacesParagraphs && cluster.end < text.endIndex {
                    rows.append(WrappedRow(start: cluster.end, end: cluster.end, scalars: scalar..<scalar, isSpacer: true))
                }
                column = 0
                breakAfter = nil
                betweenCJK = nil
                previous = nil
                continue
            }
            if cluster.isBreakable {
                column += cluster.width
                scalar += cluster.scalarCount
                breakAfter = (cluster.end, scalar, column)
                previous = nil
                continue
            }
            if let before = previous, before.value >= 0x80 || cluster.first.value >= 0x80,
                Kinsoku.allowsBreak(between: before, and: cluster.first)
            {
                betweenCJK = (cluster.start, scalar, column)
            }
            while column + cluster.width > width && column > 0 {
                if let soft = breakAfter ?? betweenCJK {
                    endRow(at: soft.index, scalar: soft.scalar)
                    column -= soft.column
                    breakAfter = nil
                    // A break between CJK characters after the space taken stays, in the new row.
                    if let cjk = betweenCJK {
                        betweenCJK = cjk.scalar > soft.scalar ? (cjk.index, cjk.scalar, cjk.column - soft.column) : nil
                    }
                } else {
                    endRow(at: cluster.start, scalar: scalar)
                    column = 0
                }
            }
            column += cluster.width
            scalar += cluster.scalarCount
            previous = cluster.last
        }
        if rowStart < text.endIndex || rows.isEmpty {
            endRow(at: text.endIndex, scalar: scalar)
        }
    }

    /// The index of the row showing scalar offset `offset` (clamped to the text).
    public func row(containing offset: Int) -> Int {
        var low = 0
        var high = rows.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if rows[mid].scalars.lowerBound <= offset {
                low = mid
            } else {
                high = mid - 1
            }
        }
        return low
    }

    /// The row and column where scalar offset `offset` is drawn.
    ///
    /// An offset inside a grapheme cluster or placeholder maps to the cluster's
    /// first column; trailing spaces past the width give columns past the width.
    public func position(of offset: Int) -> TextPosition {
        let rowIndex = row(containing: offset)
        let row = rows[rowIndex]
        var scanner = ClusterScanner(text, from: row.start)
        var scalar = row.scalars.lowerBound
        var column = 0
        while scanner.index < row.end, let cluster = scanner.next() {
            if scalar + cluster.scalarCount > offset { break }
            scalar += cluster.scalarCount
            column += cluster.width
        }
        return TextPosition(row: rowIndex, column: column)
    }

    /// The scalar offset drawn at `column` of row `rowIndex`, or nil past the row's text.
    public func offset(atRow rowIndex: Int, column target: Int) -> Int? {
        guard rowIndex >= 0, rowIndex < rows.count else { return nil }
        let row = rows[rowIndex]
        var scanner = ClusterScanner(text, from: row.start)
        var scalar = row.scalars.lowerBound
        var column = 0
        while scanner.index < row.end, let cluster = scanner.next() {
            if cluster.isNewline { break }
            if target < column + max(1, cluster.width) { return scalar }
            scalar += cluster.scalarCount
            column += cluster.width
        }
        return nil
    }

    /// The rows a scalar range is drawn on (an empty range gives the row of its start).
    public func rows(covering range: Range<Int>) -> ClosedRange<Int> {
        let first = row(containing: range.lowerBound)
        let last = range.isEmpty ? first : row(containing: range.upperBound - 1)
        return first...max(first, last)
    }

    /// Draws rows `firstRow...` into `rect` of `buffer`, styling scalar ranges with the given highlights.
    ///
    /// Later highlights win over earlier ones. Only the rows that fit in `rect`
    /// are visited; the rest of `rect` is cleared in `style`.
    public func render(
        into buffer: inout CellBuffer, rect: Rect, firstRow: Int, style: CellStyle = .text,
        highlights: [Highlight] = []
    ) {
        buffer.fill(rect, style: style)
        guard !rect.isEmpty else { return }
        let visible = max(0, firstRow)..<min(rows.count, max(0, firstRow) + rect.height)
        guard !visible.isEmpty else { return }
        let span = rows[visible.lowerBound].scalars.lowerBound..<rows[visible.upperBound - 1].scalars.upperBound
        let active = highlights.filter { $0.range.overlaps(span) || ($0.range.isEmpty && span.contains($0.range.lowerBound)) }
        for rowIndex in visible {
            let row = rows[rowIndex]
            let y = rect.y + rowIndex - visible.lowerBound
            var scanner = ClusterScanner(text, from: row.start)
            var scalar = row.scalars.lowerBound
            var x = rect.x
            while scanner.index < row.end, let cluster = scanner.next() {
                defer { scalar += cluster.scalarCount }
                if cluster.isNewline { break }
                if x >= rect.maxX { break }
                var cellStyle = style
                for highlight in active.reversed() where highlight.range.contains(scalar) {
                    cellStyle = highlight.style
                    break
                }
                x = buffer.put(text[cluster.start], x: x, y: y, style: cellStyle, limit: rect.maxX)
            }
        }
    }
}

/// A scalar range of text drawn in a particular style (a quote, a speaker mention, a search match).
public struct Highlight: Hashable, Sendable {
    /// The Unicode scalar offsets highlighted.
    public var range: Range<Int>
    /// The style they are drawn in.
    public var style: CellStyle

    /// Creates a highlight of `range` in `style`.
    public init(_ range: Range<Int>, style: CellStyle) {
        self.range = range
        self.style = style
    }
}
