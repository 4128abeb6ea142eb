import SaywhoCore

/// The bottom row: where you are, what is filtered, messages, and a key hint.
struct StatusBar {
    /// The reminder of the main keys, shown on the right when there is no message and it fits.
    static let hint = "n/N quote  s speaker  b mark  / search  ? help  q quit"

    func render(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
        let style = CellStyle(.statusBar)
        buffer.fill(rect, style: style)
        if case .prompt(let kind, let text) = state.overlay {
            let label = state.promptLabel(kind)
            // Show the end of long input so the cursor stays in sight.
            let room = max(1, rect.width - DisplayWidth.of(label) - 1)
            let shown = Truncation.keepingEnd(text, toWidth: room)
            var x = buffer.put(label, x: rect.x, y: rect.y, style: CellStyle(.statusBar, emphasis: .bold))
            x = buffer.put(shown, x: x, y: rect.y, style: style, maxWidth: rect.maxX - x)
            buffer.put("▏", x: x, y: rect.y, style: CellStyle(.statusBar, emphasis: .bold), maxWidth: rect.maxX - x)
            return
        }
        let left = " " + state.statusParts().joined(separator: " │ ")
        let line = Self.arrange(left: left, message: state.message?.text, width: rect.width)
        let rightStyle: CellStyle
        if let message = state.message {
            rightStyle = message.isError ? CellStyle(.error, emphasis: .bold) : CellStyle(.statusBar, emphasis: .bold)
        } else {
            rightStyle = style
        }
        buffer.put(line.left, x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
        let rightWidth = DisplayWidth.of(line.right)
        buffer.put(line.right, x: rect.maxX - rightWidth, y: rect.y, style: rightStyle, maxWidth: rightWidth)
    }

    /// The row's left part (where you are) and right part (a message or the key hint) in `width` columns.
    ///
    /// A message comes first: it is shown whole when it fits the row, the left part taking
    /// what is left (or nothing when that is too little to read); a message longer than the
    /// row becomes a one-line summary (`Truncation.summary`). The key hint shows only when
    /// it fits beside the whole left part.
    static func arrange(left: String, message: String?, width: Int) -> (left: String, right: String) {
        let leftWidth = DisplayWidth.of(left)
        guard let message else {
            let right = hint + " "
            if leftWidth + 2 + DisplayWidth.of(right) <= width { return (left, right) }
            return (Truncation.truncate(left, toWidth: width), "")
        }
        let right = Truncation.summary(message, toWidth: max(1, width - 2)) + " "
        let room = width - DisplayWidth.of(right) - 2
        if room >= leftWidth { return (left, right) }
        // Less than a few columns of the position says nothing: the message then stands alone.
        return (room >= 8 ? Truncation.truncate(left, toWidth: room) : "", right)
    }
}
