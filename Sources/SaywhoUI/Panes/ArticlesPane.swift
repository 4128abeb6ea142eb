import SaywhoCore

/// The article list: title, date, quote count and a bookmark mark; the outlet too where there is room.
struct ArticlesPane {
    var glyphs: BorderGlyphs

    func render(_ state: ReaderState, in geometry: PaneGeometry, into buffer: inout CellBuffer) {
        let visible = state.visibleArticles
        var title = "Articles \(visible.count)"
        if visible.count != state.view.articles.count { title += "/\(state.view.articles.count)" }
        ReaderScreen.drawPane(geometry.frame, title: title, focused: state.focus == .articles, glyphs: glyphs, into: &buffer)
        let inner = geometry.content
        buffer.fill(inner)
        guard inner.width > 2 else { return }
        if visible.isEmpty {
            buffer.put("No article matches.", x: inner.x, y: inner.y, style: CellStyle(.dim), maxWidth: inner.width)
            return
        }
        // Whole entries only: the reducer takes a click below the last one for no entry.
        let shown = visible.dropFirst(state.listScroll).prefix(inner.height / geometry.entryHeight)
        // Counts are right-aligned in a column as wide as the widest one shown.
        let countWidth = shown.map { String(state.view.quotes(of: $0).count).count }.max() ?? 1
        for (slot, index) in shown.enumerated() {
            let row = state.listScroll + slot
            entry(
                state, article: index, selected: row == state.listSelection, at: geometry.top(ofEntry: slot),
                countWidth: countWidth, geometry: geometry, into: &buffer)
        }
        positionMarker(state, count: visible.count, frame: geometry.frame, into: &buffer)
    }

    private func entry(
        _ state: ReaderState, article index: Int, selected: Bool, at y: Int, countWidth: Int, geometry: PaneGeometry,
        into buffer: inout CellBuffer
    ) {
        let inner = geometry.content
        let article = state.view.articles[index]
        let isOpen = index == state.article
        let base = selected ? CellStyle(.selection) : CellStyle(.text, emphasis: isOpen ? .bold : [])
        let dim = selected ? base : CellStyle(.dim)
        buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: geometry.entryHeight), style: base)
        // Two marks that never hide each other: the open article, and one holding bookmarks.
        var x = buffer.put(isOpen ? "›" : " ", x: inner.x, y: y, style: base, maxWidth: 1)
        x = buffer.put(
            state.articleHasBookmarks(index) ? "★" : " ", x: x, y: y, style: selected ? base : CellStyle(.bookmark), maxWidth: 1)
        let count = state.view.quotes(of: index).count
        let quotes = "\(count) quote\(count == 1 ? "" : "s")"
        let date = article.date ?? "undated"
        if geometry.entryHeight == 1 {
            // One row: the title takes what the date and count leave, and they stand right-aligned.
            let meta = " \(date) · " + String(count).leftPad(to: countWidth)
            let metaWidth = DisplayWidth.of(meta)
            let room = inner.maxX - x - metaWidth
            if room >= 6 {
                buffer.put(Truncation.truncate(article.title, toWidth: room), x: x, y: y, style: base, maxWidth: room)
                buffer.put(meta, x: inner.maxX - metaWidth, y: y, style: dim, maxWidth: metaWidth)
            } else {
                buffer.put(Truncation.truncate(article.title, toWidth: inner.maxX - x), x: x, y: y, style: base)
            }
            return
        }
        buffer.put(Truncation.truncate(article.title, toWidth: inner.maxX - x), x: x, y: y, style: base, maxWidth: inner.maxX - x)
        var meta = [date]
        if let outlet = article.outlet { meta.append(outlet) }
        meta.append(quotes)
        let line = "  " + meta.joined(separator: " · ")
        buffer.put(Truncation.truncate(line, toWidth: inner.width), x: inner.x, y: y + 1, style: dim, maxWidth: inner.width)
    }

    /// `37/840` on the bottom border: the selected article and how many are listed.
    private func positionMarker(_ state: ReaderState, count: Int, frame: Rect, into buffer: inout CellBuffer) {
        let marker = " \(min(state.listSelection + 1, count))/\(count) "
        let width = DisplayWidth.of(marker)
        guard frame.width >= width + 4 else { return }
        buffer.put(marker, x: frame.maxX - 2 - width, y: frame.maxY - 1, style: CellStyle(.dim))
    }
}
