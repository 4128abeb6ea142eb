/// Where the windows over the panes go for a screen size: a pure function of the size and what they hold.
///
/// Drawing and the mouse use the same rectangles, so a click in a window lands on what is drawn under it.
public enum OverlayGeometry {
    /// A centred rectangle at most `width`×`height`, inside `bounds` with a margin, above the status bar.
    public static func box(in bounds: Rect, width: Int, height: Int) -> Rect {
        let w = min(width, max(10, bounds.width - 4))
        let h = min(height, max(5, bounds.height - 2))
        return Rect(
            x: max(0, (bounds.width - w) / 2), y: max(0, (bounds.height - 1 - h) / 2), width: min(w, bounds.width),
            height: min(h, bounds.height))
    }

    /// The help window, for `lines` lines of text.
    public static func help(size: Size, lines: Int) -> Rect {
        box(in: bounds(size), width: 76, height: lines + 2)
    }

    /// The speaker picker, for `speakers` speakers: the typed line, a blank line, then one row each.
    public static func picker(size: Size, speakers: Int) -> Rect {
        box(in: bounds(size), width: 64, height: min(size.rows - 2, max(8, speakers + 5)))
    }

    /// The bookmark list.
    public static func bookmarks(size: Size) -> Rect {
        box(in: bounds(size), width: 100, height: size.rows - 2)
    }

    /// Rows each bookmark takes: the quote, who and where, the note, a blank.
    public static let bookmarkHeight = 4

    /// The first of `count` rows shown when `capacity` fit and `selection` must be in sight.
    public static func firstShown(selection: Int, capacity: Int, count: Int) -> Int {
        max(0, min(selection - capacity + 1, count - capacity))
    }

    private static func bounds(_ size: Size) -> Rect { Rect(x: 0, y: 0, width: size.columns, height: size.rows) }
}
