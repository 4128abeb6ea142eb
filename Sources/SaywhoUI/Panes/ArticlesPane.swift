import SaywhoCore

/// The article list: title, then date, outlet, quote count and a bookmark mark.
struct ArticlesPane {
    var glyphs: BorderGlyphs

    func render(_ state: ReaderState, in geometry: PaneGeometry, into buffer: inout CellBuffer) {
        let visible = state.visibleArticles
        var title = "Articles \(visible.count)"
        if visible.count != state.view.articles.count { title += "/\(state.view.articles.count)" }
        buffer.drawBox(
            geometry.frame, title: title, glyphs: glyphs, style: CellStyle(.border),
            titleStyle: ReaderScreen.paneTitleStyle(state.focus == .articles))
        let inner = geometry.content
        buffer.fill(inner)
        guard inner.width > 2 else { return }
        if visible.isEmpty {
            buffer.put("No article matches.", x: inner.x, y: inner.y, style: CellStyle(.dim), maxWidth: inner.width)
            return
        }
        // Whole entries only: the reducer takes a click below the last one for no entry.
        for slot in 0..<(inner.height / geometry.entryHeight) {
            let row = state.listScroll + slot
            guard row < visible.count else { break }
            let y = geometry.top(ofEntry: slot)
            let index = visible[row]
            let article = state.view.articles[index]
            let selected = row == state.listSelection
            let isOpen = index == state.article
            let base = selected ? CellStyle(.selection) : CellStyle(.text, emphasis: isOpen ? .bold : [])
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: geometry.entryHeight), style: base)
            // Two marks that never hide each other: the open article, and one holding bookmarks.
            var x = buffer.put(isOpen ? "›" : " ", x: inner.x, y: y, style: base, maxWidth: 1)
            x = buffer.put(
                state.articleHasBookmarks(index) ? "★" : " ", x: x, y: y, style: selected ? base : CellStyle(.bookmark),
                maxWidth: 1)
            buffer.put(
                Truncation.truncate(article.title, toWidth: inner.maxX - x), x: x, y: y, style: base, maxWidth: inner.maxX - x)
            let count = state.view.quotes(of: index).count
            var meta = [article.date ?? "undated"]
            if let outlet = article.outlet { meta.append(outlet) }
            meta.append("\(count) quote\(count == 1 ? "" : "s")")
            let line = "  " + meta.joined(separator: " · ")
            buffer.put(
                Truncation.truncate(line, toWidth: inner.width), x: inner.x, y: y + 1,
                style: selected ? base : CellStyle(.dim), maxWidth: inner.width)
        }
    }
}
