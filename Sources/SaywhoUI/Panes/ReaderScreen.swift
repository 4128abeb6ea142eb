import SaywhoCore

/// Draws the whole reader for a state: panes, status bar and any overlay.
public struct ReaderScreen {
    public var glyphs: BorderGlyphs

    public init(glyphs: BorderGlyphs = .unicode) { self.glyphs = glyphs }

    public func render(_ state: ReaderState) -> CellBuffer {
        var buffer = CellBuffer(size: state.size)
        render(state, into: &buffer)
        return buffer
    }

    public func render(_ state: ReaderState, into buffer: inout CellBuffer) {
        let layout = state.layout
        if let notice = layout.notice {
            buffer.fill(buffer.bounds)
            buffer.put(ScreenLayout.tooSmallNotice(for: state.size), x: notice.x, y: notice.y, style: CellStyle(.error), maxWidth: notice.width)
            return
        }
        if let rect = layout.articles { ArticlesPane(glyphs: glyphs).render(state, in: rect, into: &buffer) }
        if let rect = layout.reader { ReaderPane(glyphs: glyphs).render(state, in: rect, into: &buffer) }
        if let rect = layout.attribution { AttributionPane(glyphs: glyphs).render(state, in: rect, into: &buffer) }
        if let rect = layout.status { StatusBar().render(state, in: rect, into: &buffer) }
        if let overlay = state.overlay {
            OverlayView(glyphs: glyphs).render(overlay, state: state, into: &buffer)
        }
    }

    /// The speaker colour slot of a quote, for `CellStyle.speaker`.
    static func colorSlot(_ quote: Quote, in state: ReaderState) -> Int? {
        quote.attribution.flatMap { state.view.colorIndex[$0.speakerID] }
    }

    static func paneTitleStyle(_ focused: Bool) -> CellStyle {
        focused ? CellStyle(.title, emphasis: [.bold, .reverse]) : CellStyle(.title)
    }
}
