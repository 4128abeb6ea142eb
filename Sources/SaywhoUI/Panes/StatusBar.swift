import SaywhoCore

/// The bottom row: where you are, what is filtered, messages, and a key hint.
struct StatusBar {
    func render(_ state: ReaderState, in rect: Rect, into buffer: inout CellBuffer) {
        let style = CellStyle(.statusBar)
        buffer.fill(rect, style: style)
        if case .prompt(let kind, let text) = state.overlay {
            let label: String
            switch kind {
            case .search: label = state.focus == .articles && state.layout.articles != nil ? "search articles: " : "search: "
            case .note: label = "note: "
            }
            // Show the end of long input so the cursor stays in sight.
            let room = max(1, rect.width - DisplayWidth.of(label) - 1)
            let shown = Truncation.keepingEnd(text, toWidth: room)
            var x = buffer.put(label, x: rect.x, y: rect.y, style: CellStyle(.statusBar, emphasis: .bold))
            x = buffer.put(shown, x: x, y: rect.y, style: style, maxWidth: rect.maxX - x)
            buffer.put("▏", x: x, y: rect.y, style: CellStyle(.statusBar, emphasis: .bold), maxWidth: rect.maxX - x)
            return
        }
        var parts: [String] = []
        let visible = state.visibleArticles
        if let article = state.article {
            let position = visible.firstIndex(of: article).map { "\($0 + 1)" } ?? "–"
            parts.append("article \(position)/\(visible.count)")
            let quotes = state.view.quotes(of: article)
            parts.append(state.quote.map { "quote \($0 + 1)/\(quotes.count)" } ?? "quotes \(quotes.count)")
        } else {
            parts.append("\(visible.count) articles")
        }
        if let filter = state.speakerFilter, let speaker = state.view.corpus.speaker(id: filter) {
            parts.append("speaker: \(speaker.name)")
        }
        if let query = state.articleQuery { parts.append("articles: /\(query)") }
        if let search = state.search {
            parts.append("/\(search.query) \(search.matches.isEmpty ? 0 : search.current + 1)/\(search.matches.count)")
        }
        parts.append("theme \(state.themeName)")
        let left = " " + parts.joined(separator: " │ ")
        let right: String
        let rightStyle: CellStyle
        if let message = state.message {
            right = message.text + " "
            rightStyle = message.isError ? CellStyle(.error, emphasis: .bold) : CellStyle(.statusBar, emphasis: .bold)
        } else {
            right = "n/N quote  s speaker  b mark  / search  ? help  q quit "
            rightStyle = style
        }
        let x = buffer.put(
            Truncation.truncate(left, toWidth: rect.width), x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
        let rightWidth = DisplayWidth.of(right)
        let room = rect.maxX - x - 2
        if room >= rightWidth {
            buffer.put(right, x: rect.maxX - rightWidth, y: rect.y, style: rightStyle, maxWidth: rightWidth)
        } else if state.message != nil, room > 8 {
            // A message matters more than the position: let it take the row's right part.
            let shown = Truncation.truncate(right, toWidth: room)
            buffer.put(shown, x: rect.maxX - DisplayWidth.of(shown), y: rect.y, style: rightStyle, maxWidth: room)
        }
    }
}
