import SaywhoCore

/// Who said the current quote, where, and why saywho thinks so.
struct AttributionPane {
    var glyphs: BorderGlyphs

    func render(_ state: ReaderState, in geometry: PaneGeometry, into buffer: inout CellBuffer) {
        var title = "Attribution"
        if let article = state.article, let quote = state.quote {
            title = "Quote \(quote + 1)/\(state.view.quotes(of: article).count)"
        }
        let frame = geometry.frame
        ReaderScreen.drawPane(frame, title: title, focused: state.focus == .attribution, glyphs: glyphs, into: &buffer)
        let content = geometry.content
        guard content.width > 0, content.height > 0 else { return }
        let lines = state.attributionLines(width: content.width)
        let first = min(state.attributionScroll, max(0, lines.lines.count - content.height))
        lines.render(into: &buffer, rect: content, from: first)
        // Say when there is more than the pane shows, on its bottom border.
        let below = lines.lines.count - first - content.height
        if below > 0, frame.width > 12 {
            let more = " ↓ \(below) more "
            buffer.put(more, x: frame.maxX - 1 - DisplayWidth.of(more), y: frame.maxY - 1, style: CellStyle(.dim))
        }
    }
}
