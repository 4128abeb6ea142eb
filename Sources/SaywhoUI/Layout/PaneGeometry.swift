/// Where the parts of a pane lie inside its rectangle: computed once, used by drawing, clicks and scrolling.
///
/// Like ratatui's `Block::inner(area)`: a pane draws its border around `frame` and its
/// lines or entries into `content`, and the reducer hit-tests clicks and sizes pages and
/// scrolling with the very same rectangles, so what is drawn and what is clicked agree.
public struct PaneGeometry: Hashable, Sendable {
    /// The whole pane, border included.
    public var frame: Rect
    /// Inside the border (what ``CellBuffer/drawBox(_:title:glyphs:style:titleStyle:)`` returns).
    public var inner: Rect
    /// A row above the content that says what is shown (the reader's date, outlet and progress); empty in other panes.
    public var header: Rect
    /// Where the scrolled lines or entries go.
    public var content: Rect
    /// Rows one entry of the content takes.
    public var entryHeight: Int

    /// How many whole entries fit in the content (at least one, so scrolling always moves).
    public var capacity: Int { max(1, content.height / entryHeight) }

    /// The entry at a cell, counted from the first one shown; nil outside the content or below the last whole entry.
    public func entry(atX x: Int, y: Int) -> Int? {
        guard content.contains(x: x, y: y) else { return nil }
        let entry = (y - content.y) / entryHeight
        return entry < content.height / entryHeight ? entry : nil
    }

    /// The top row of the entry `entry` places below the first one shown.
    public func top(ofEntry entry: Int) -> Int { content.y + entry * entryHeight }

    /// The article list: entries of one row (title, date and count) beside other panes,
    /// or of two (title, then date, outlet and count) where the list takes the reader's place.
    public static func articles(_ frame: Rect, entryHeight: Int = 2) -> PaneGeometry {
        let inner = frame.insideBorder
        return PaneGeometry(
            frame: frame, inner: inner, header: Rect(x: inner.x, y: inner.y, width: inner.width, height: 0), content: inner,
            entryHeight: entryHeight)
    }

    /// The article text: a header row, then the wrapped text (at least one column, so it always wraps).
    public static func reader(_ frame: Rect) -> PaneGeometry {
        let inner = frame.insideBorder
        let header = Rect(x: inner.x, y: inner.y, width: inner.width, height: min(1, inner.height))
        let content = Rect(x: inner.x, y: inner.y + 1, width: max(1, inner.width), height: max(1, inner.height - 1))
        return PaneGeometry(frame: frame, inner: inner, header: header, content: content, entryHeight: 1)
    }

    /// Who said the current quote: lines of text filling the inside.
    public static func attribution(_ frame: Rect) -> PaneGeometry {
        let inner = frame.insideBorder
        return PaneGeometry(
            frame: frame, inner: inner, header: Rect(x: inner.x, y: inner.y, width: inner.width, height: 0), content: inner,
            entryHeight: 1)
    }
}

extension Rect {
    /// The area inside a border one cell thick; empty (at the origin) for a rectangle too small to have one.
    public var insideBorder: Rect {
        guard width >= 2, height >= 2 else { return Rect(x: x, y: y, width: 0, height: 0) }
        return inset(by: 1)
    }

    /// Whether the cell at (`px`, `py`) lies inside.
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
}
