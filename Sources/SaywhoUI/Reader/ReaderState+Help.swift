import SaywhoCore

/// The `?` window: the keys in force grouped by task, scrolled, narrowed by `/`.
extension ReaderState {
    /// The help window's rectangle, the area inside its border, and its lines for `filter`.
    func helpLayout(filter: String, typing: Bool) -> (rect: Rect, inner: Rect, lines: RichLines) {
        let widest = OverlayGeometry.help(size: size, lines: 1000)
        let lines = helpText(width: max(1, widest.width - 2), filter: filter, typing: typing)
        let rect = OverlayGeometry.help(size: size, lines: lines.lines.count)
        return (rect, rect.insideBorder, lines)
    }

    /// How far the help window can scroll.
    func maxHelpScroll(filter: String, typing: Bool) -> Int {
        let layout = helpLayout(filter: filter, typing: typing)
        return max(0, layout.lines.lines.count - layout.inner.height)
    }

    /// The keys in force under their task's heading; with a filter, only lines whose keys or words contain it.
    func helpText(width: Int, filter: String, typing: Bool) -> RichLines {
        var out = RichLines(width: width)
        let folded = filter.lowercased()
        if typing || !filter.isEmpty {
            out.add(
                [
                    .init(text: "/ ", style: CellStyle(.title, emphasis: .bold)),
                    .init(text: filter + (typing ? "▏" : ""), style: .text),
                ], indent: 2)
            out.blank()
        }
        let shown = helpLines.filter {
            folded.isEmpty || $0.keys.lowercased().contains(folded) || $0.help.lowercased().contains(folded)
                || $0.group.lowercased().contains(folded)
        }
        if shown.isEmpty {
            out.add("No key matches.", CellStyle(.dim))
            return out
        }
        let keyWidth = min(24, (shown.map { DisplayWidth.of($0.keys) }.max() ?? 8) + 2)
        var group: String?
        for line in shown {
            if line.group != group {
                if group != nil { out.blank() }
                group = line.group
                if !line.group.isEmpty { out.add(line.group, CellStyle(.title, emphasis: .bold)) }
            }
            let pad = String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(line.keys)))
            out.add(
                [.init(text: line.keys + pad, style: CellStyle(.cue, emphasis: .bold)), .init(text: line.help, style: .text)],
                indent: keyWidth)
        }
        out.blank()
        out.add(
            "Here: j/k, PgDn/PgUp, g/G scroll, / narrows the list, q or Esc closes. "
                + "Quotes are coloured by speaker; the current one is bold. Mouse: the wheel scrolls, a click picks.",
            CellStyle(.dim))
        return out
    }

    mutating func reduceHelp(_ command: Command, scroll: Int, filter: String, typing: Bool) -> [ReaderEffect] {
        if typing {
            switch command {
            case .open: overlay = .help(scroll: 0, filter: filter)
            case .back: overlay = .help(scroll: 0)
            default: break
            }
            return []
        }
        let limit = maxHelpScroll(filter: filter, typing: false)
        let page = max(1, helpLayout(filter: filter, typing: false).inner.height - 1)
        func scrolled(_ to: Int) { overlay = .help(scroll: max(0, min(limit, to)), filter: filter) }
        switch command {
        case .moveDown: scrolled(scroll + 1)
        case .moveUp: scrolled(scroll - 1)
        case .pageDown: scrolled(scroll + page)
        case .pageUp: scrolled(scroll - page)
        case .top: scrolled(0)
        case .bottom: scrolled(limit)
        case .search: overlay = .help(scroll: 0, filter: filter, typing: true)
        case .quit: return [.quit]
        default: overlay = nil
        }
        return []
    }
}
