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
            // Centred, so it reads at a glance whatever the size.
            let lines = ScreenLayout.tooSmallNoticeLines(for: state.size)
            let top = notice.y + max(0, (notice.height - lines.count) / 2)
            for (row, line) in lines.enumerated() {
                let x = notice.x + max(0, (notice.width - DisplayWidth.of(line)) / 2)
                buffer.put(line, x: x, y: top + row, style: CellStyle(.error), maxWidth: notice.maxX - x)
            }
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

    /// Draws a pane's border and title; the pane with the keyboard has its border in the focus
    /// colour and its title marked, so it shows in every theme, even without colour.
    @discardableResult
    static func drawPane(_ frame: Rect, title: String, focused: Bool, glyphs: BorderGlyphs, into buffer: inout CellBuffer) -> Rect
    {
        buffer.drawBox(
            frame, title: focused ? glyphs.focusMark + " " + title : title, glyphs: glyphs,
            style: CellStyle(focused ? .focus : .border), titleStyle: paneTitleStyle(focused))
    }
}
