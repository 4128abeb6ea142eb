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
        if let notice = state.layout.notice {
            buffer.fill(buffer.bounds)
            buffer.put(
                ScreenLayout.tooSmallNotice(for: state.size), x: notice.x, y: notice.y, style: CellStyle(.error),
                maxWidth: notice.width)
            return
        }
        // The same geometry the reducer hit-tests clicks and sizes scrolling with.
        if let geometry = state.geometry(of: .articles) {
            ArticlesPane(glyphs: glyphs).render(state, in: geometry, into: &buffer)
        }
        if let geometry = state.geometry(of: .reader) { ReaderPane(glyphs: glyphs).render(state, in: geometry, into: &buffer) }
        if let geometry = state.geometry(of: .attribution) {
            AttributionPane(glyphs: glyphs).render(state, in: geometry, into: &buffer)
        }
        if let rect = state.layout.status { StatusBar().render(state, in: rect, into: &buffer) }
        if let overlay = state.overlay {
            OverlayView(glyphs: glyphs).render(overlay, state: state, into: &buffer)
        }
    }

    static func paneTitleStyle(_ focused: Bool) -> CellStyle {
        focused ? CellStyle(.title, emphasis: [.bold, .reverse]) : CellStyle(.title)
    }
}
