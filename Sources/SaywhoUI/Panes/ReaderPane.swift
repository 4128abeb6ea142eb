import SaywhoCore

/// The open article, wrapped, with every quote in its speaker's colour and the current one stronger.
struct ReaderPane {
    var glyphs: BorderGlyphs

    func render(_ state: ReaderState, in geometry: PaneGeometry, into buffer: inout CellBuffer) {
        guard let index = state.article, let wrapped = state.wrapped else {
            let inner = ReaderScreen.drawPane(
                geometry.frame, title: "Reader", focused: state.focus == .reader, glyphs: glyphs, into: &buffer)
            buffer.fill(inner)
            buffer.put("No article open.", x: inner.x, y: inner.y, style: CellStyle(.dim), maxWidth: inner.width)
            return
        }
        let article = state.view.articles[index]
        ReaderScreen.drawPane(
            geometry.frame, title: article.title, focused: state.focus == .reader, glyphs: glyphs, into: &buffer)
        let text = geometry.content
        let metaRow = geometry.header
        buffer.fill(metaRow)
        var about = [article.date ?? "undated"]
        if let outlet = article.outlet { about.append(outlet) }
        if let author = article.author { about.append(author) }
        about.append(article.language.rawValue)
        // The address's host says where the article is from; the attribution pane gives it whole.
        if let host = article.url.flatMap(Self.host) { about.append(host) }
        let quotes = state.view.quotes(of: index)
        var position = ["\(quotes.count) quote\(quotes.count == 1 ? "" : "s")"]
        if wrapped.rowCount > text.height {
            let percent = min(100, (state.scroll + text.height) * 100 / max(1, wrapped.rowCount))
            position.append("\(percent)%")
        }
        buffer.put(
            Self.header(about: about, position: position, width: metaRow.width), x: metaRow.x, y: metaRow.y,
            style: CellStyle(.dim), maxWidth: metaRow.width)
        let visible = visibleSpan(state, wrapped, rows: text.height)
        wrapped.render(
            into: &buffer, rect: text, firstRow: state.scroll, highlights: highlights(state, quotes: quotes, visible: visible))
    }

    /// The header line in `width` columns: what the article is (date, outlet, author, language)
    /// yields to where the reader is (quote count, scroll position), which is cut only when
    /// nothing else is left to cut.
    static func header(about: [String], position: [String], width: Int) -> String {
        let tail = position.joined(separator: " · ")
        let room = width - DisplayWidth.of(tail) - 3
        // A fragment of a word or two says nothing: below a few columns the position stands alone.
        guard room >= 5 else { return Truncation.truncate(tail, toWidth: width) }
        // Whole parts, as many as fit in order; only the first is ever cut, so no part shows as a bare "…".
        var shown = ""
        for part in about {
            let next = shown.isEmpty ? part : shown + " · " + part
            guard DisplayWidth.of(next) <= room else { break }
            shown = next
        }
        if shown.isEmpty { shown = Truncation.truncate(about.first ?? "", toWidth: room) }
        return shown + " · " + tail
    }

    /// The host of an address (`caldercourier.example`), or nil when it has none.
    static func host(_ url: String) -> String? {
        guard let start = url.range(of: "://")?.upperBound else { return nil }
        let rest = url[start...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? nil : String(host)
    }

    /// The scalar range on screen, so highlights cost what is visible.
    private func visibleSpan(_ state: ReaderState, _ wrapped: WrappedText, rows: Int) -> Range<Int> {
        guard wrapped.rowCount > 0 else { return 0..<0 }
        let first = min(state.scroll, wrapped.rowCount - 1)
        let last = min(wrapped.rowCount - 1, state.scroll + rows)
        return wrapped.rows[first].scalars.lowerBound..<wrapped.rows[last].scalars.upperBound
    }

    private func highlights(_ state: ReaderState, quotes: [Quote], visible: Range<Int>) -> [Highlight] {
        var result: [Highlight] = []
        // Quotes are sorted by start; skip those that end before the screen.
        var low = 0
        var high = quotes.count
        while low < high {
            let mid = (low + high) / 2
            if quotes[mid].span.end <= visible.lowerBound { low = mid + 1 } else { high = mid }
        }
        var i = max(0, low - 1)
        while i < quotes.count, quotes[i].span.start < visible.upperBound {
            let quote = quotes[i]
            let current = i == state.quote
            let slot = state.colorSlot(quote)
            let dimmed = state.speakerFilter != nil && quote.attribution?.speakerID != state.speakerFilter
            let style: CellStyle =
                current
                ? CellStyle(.currentQuote, speaker: slot, emphasis: .bold)
                : dimmed ? CellStyle(.dim) : CellStyle(.quote, speaker: slot)
            for segment in quote.segments where segment.end > visible.lowerBound && segment.start < visible.upperBound {
                result.append(Highlight(segment.start..<segment.end, style: style))
            }
            i += 1
        }
        if let quote = state.currentQuote, let attribution = quote.attribution {
            let slot = state.colorSlot(quote)
            result.append(
                Highlight(
                    attribution.mentionRange.start..<attribution.mentionRange.end,
                    style: CellStyle(.speaker, speaker: slot, emphasis: .underline)))
            if let cue = attribution.cueRange {
                result.append(Highlight(cue.start..<cue.end, style: CellStyle(.cue, emphasis: .underline)))
            }
        }
        if let search = state.search {
            for (n, match) in search.matches.enumerated()
            where match.upperBound > visible.lowerBound && match.lowerBound < visible.upperBound {
                result.append(Highlight(match, style: CellStyle(.searchMatch, emphasis: n == search.current ? .reverse : [])))
            }
        }
        return result
    }
}
