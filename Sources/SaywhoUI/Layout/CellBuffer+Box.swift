extension CellBuffer {
    /// Draws a bordered box with an optional title in its top border; returns the area inside (``Rect/insideBorder``).
    ///
    /// The title is sanitized and truncated by display width to fit between
    /// the corners. Boxes smaller than 2×2 draw nothing and return an empty rect.
    @discardableResult
    public mutating func drawBox(
        _ rect: Rect, title: String? = nil, glyphs: BorderGlyphs = .unicode,
        style: CellStyle = CellStyle(.border), titleStyle: CellStyle = CellStyle(.title)
    ) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return rect.insideBorder }
        let top = rect.y
        let bottom = rect.maxY - 1
        for x in rect.x + 1..<rect.maxX - 1 {
            put(glyphs.horizontal, x: x, y: top, style: style)
            put(glyphs.horizontal, x: x, y: bottom, style: style)
        }
        for y in top + 1..<bottom {
            put(glyphs.vertical, x: rect.x, y: y, style: style)
            put(glyphs.vertical, x: rect.maxX - 1, y: y, style: style)
        }
        put(glyphs.topLeft, x: rect.x, y: top, style: style)
        put(glyphs.topRight, x: rect.maxX - 1, y: top, style: style)
        put(glyphs.bottomLeft, x: rect.x, y: bottom, style: style)
        put(glyphs.bottomRight, x: rect.maxX - 1, y: bottom, style: style)
        if let title, !title.isEmpty {
            // ┌┤ Title ├──┐ needs four columns of decoration and two corners.
            let room = rect.width - 6
            if room > 0 {
                let shown = Truncation.truncate(title, toWidth: room)
                var x = put(glyphs.titleLeft, x: rect.x + 1, y: top, style: style)
                x = put(" ", x: x, y: top, style: titleStyle)
                x = put(shown, x: x, y: top, style: titleStyle, maxWidth: room)
                x = put(" ", x: x, y: top, style: titleStyle)
                put(glyphs.titleRight, x: x, y: top, style: style)
            }
        }
        return rect.insideBorder
    }
}
