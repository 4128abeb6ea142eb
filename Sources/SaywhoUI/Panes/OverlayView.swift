import Foundation
import SaywhoCore

/// Windows drawn over the panes: help, the speaker picker, the bookmark list.
struct OverlayView {
    var glyphs: BorderGlyphs

    func render(_ overlay: Overlay, state: ReaderState, into buffer: inout CellBuffer) {
        switch overlay {
        case .prompt:
            return  // drawn in the status bar
        case .help(let scroll):
            let rect = box(in: buffer.bounds, width: 72, height: state.helpLines.count + 6)
            let inner = buffer.drawBox(rect, title: "Keys — q or Esc to close", glyphs: glyphs)
            var lines = RichLines(width: inner.width)
            let keyWidth = min(24, (state.helpLines.map { DisplayWidth.of($0.keys) }.max() ?? 8) + 2)
            for line in state.helpLines {
                let pad = String(repeating: " ", count: max(1, keyWidth - DisplayWidth.of(line.keys)))
                lines.add(
                    [
                        .init(text: line.keys + pad, style: CellStyle(.cue, emphasis: .bold)),
                        .init(text: line.help, style: .text),
                    ], indent: keyWidth)
            }
            lines.blank()
            lines.add(
                "Quotes are coloured by speaker; the current one is bold. Mouse: wheel scrolls, click picks.", CellStyle(.dim))
            lines.render(into: &buffer, rect: inner, from: min(scroll, max(0, lines.lines.count - inner.height)))
        case .speakerPicker(let query, let selection):
            let speakers = state.pickerSpeakers(query: query)
            let rect = box(in: buffer.bounds, width: 64, height: min(buffer.height - 2, max(8, speakers.count + 5)))
            let inner = buffer.drawBox(rect, title: "Speaker filter — type to narrow, Enter applies", glyphs: glyphs)
            guard inner.height > 2 else { return }
            buffer.fill(inner)
            var x = buffer.put("> ", x: inner.x, y: inner.y, style: CellStyle(.title, emphasis: .bold))
            x = buffer.put(query, x: x, y: inner.y, style: .text, maxWidth: inner.maxX - x)
            buffer.put("▏", x: x, y: inner.y, style: CellStyle(.title), maxWidth: inner.maxX - x)
            let listTop = inner.y + 2
            let capacity = inner.maxY - listTop
            if speakers.isEmpty {
                buffer.put("No speaker matches.", x: inner.x, y: listTop, style: CellStyle(.dim), maxWidth: inner.width)
                return
            }
            let first = max(0, min(selection - capacity + 1, speakers.count - capacity))
            for (row, speaker) in speakers.enumerated().dropFirst(max(0, first)).prefix(capacity) {
                let y = listTop + row - max(0, first)
                let selected = row == selection
                let count = state.view.quoteCounts[speaker.id, default: 0]
                let slot = state.view.colorIndex[speaker.id]
                let base = selected ? CellStyle(.selection) : CellStyle.text
                buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: base)
                let countText = String(count).leftPad(to: 4) + "  "
                var cx = buffer.put(countText, x: inner.x, y: y, style: selected ? base : CellStyle(.dim))
                cx = buffer.put(
                    speaker.name, x: cx, y: y, style: selected ? base : CellStyle(.speaker, speaker: slot),
                    maxWidth: inner.maxX - cx)
                var extra = "  \(speaker.kind.label)"
                if let articleID = speaker.articleID, let article = state.view.articles.first(where: { $0.id == articleID }) {
                    extra += " · " + article.title
                }
                buffer.put(
                    Truncation.truncate(extra, toWidth: max(0, inner.maxX - cx)), x: cx, y: y,
                    style: selected ? base : CellStyle(.dim), maxWidth: inner.maxX - cx)
            }
        case .bookmarks(let selection):
            let rect = box(in: buffer.bounds, width: 100, height: buffer.height - 2)
            let inner = buffer.drawBox(rect, title: "Bookmarks \(state.bookmarks.count) — Enter opens, q closes", glyphs: glyphs)
            buffer.fill(inner)
            guard !state.bookmarks.isEmpty else {
                let empty =
                    state.bookmarksProblem.map { "The bookmarks cannot be read: " + $0 }
                    ?? "No bookmarks yet: b on a quote saves it."
                buffer.put(
                    Truncation.truncate(empty, toWidth: inner.width), x: inner.x, y: inner.y,
                    style: state.bookmarksProblem == nil ? CellStyle(.dim) : CellStyle(.error), maxWidth: inner.width)
                return
            }
            let entryHeight = 4
            let capacity = max(1, inner.height / entryHeight)
            let first = max(0, min(selection - capacity + 1, state.bookmarks.count - capacity))
            for (row, entry) in state.bookmarks.enumerated().dropFirst(first).prefix(capacity) {
                let y = inner.y + (row - first) * entryHeight
                let selected = row == selection
                let base = selected ? CellStyle(.selection) : CellStyle.text
                buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 3), style: base)
                let quote = entry.quoteText.replacingOccurrences(of: "\n", with: " ")
                buffer.put(
                    Truncation.truncate("★ " + quote, toWidth: inner.width), x: inner.x, y: y,
                    style: selected ? base : CellStyle(.quote), maxWidth: inner.width)
                var meta = ["  — " + (entry.speaker ?? "unattributed")]
                if let channel = entry.channel { meta.append(channel) }
                meta.append(entry.articleTitle)
                if let date = entry.date { meta.append(date) }
                buffer.put(
                    Truncation.truncate(meta.joined(separator: " · "), toWidth: inner.width), x: inner.x, y: y + 1,
                    style: selected ? base : CellStyle(.dim), maxWidth: inner.width)
                if let note = entry.note, !note.isEmpty, y + 2 < inner.maxY {
                    let line = "  ✎ " + note.replacingOccurrences(of: "\n", with: " ")
                    buffer.put(
                        Truncation.truncate(line, toWidth: inner.width), x: inner.x, y: y + 2, style: selected ? base : .text,
                        maxWidth: inner.width)
                }
            }
        }
    }

    /// A centred rectangle at most `width`×`height`, inside `bounds` with a margin.
    private func box(in bounds: Rect, width: Int, height: Int) -> Rect {
        let w = min(width, max(10, bounds.width - 4))
        let h = min(height, max(5, bounds.height - 2))
        return Rect(
            x: max(0, (bounds.width - w) / 2), y: max(0, (bounds.height - 1 - h) / 2), width: min(w, bounds.width),
            height: min(h, bounds.height))
    }
}

extension String {
    func leftPad(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
