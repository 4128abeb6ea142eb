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
            Self.drawMarker(
                below: speakers.count - first - capacity, position: "\(selection + 1) of \(speakers.count)", on: rect,
                into: &buffer)
        case .bookmarks(let selection, let note):
            let list = state.bookmarksNewestFirst
            let rect = box(in: buffer.bounds, width: 100, height: buffer.height - 2)
            let title = "Bookmarks \(list.count), newest first — Enter opens, a note, d delete, u undo, q closes"
            let inner = buffer.drawBox(rect, title: title, glyphs: glyphs)
            buffer.fill(inner)
            guard !list.isEmpty else {
                buffer.put(
                    "No bookmarks yet: b on a quote saves it.", x: inner.x, y: inner.y, style: CellStyle(.dim),
                    maxWidth: inner.width)
                return
            }
            let entryHeight = 4
            let capacity = max(1, inner.height / entryHeight)
            let first = max(0, min(selection - capacity + 1, list.count - capacity))
            for (row, entry) in list.enumerated().dropFirst(first).prefix(capacity) {
                let y = inner.y + (row - first) * entryHeight
                let selected = row == selection
                bookmarkEntry(entry, selected: selected, editing: selected ? note : nil, at: y, in: inner, into: &buffer)
            }
            Self.drawMarker(
                below: list.count - first - capacity, position: "\(selection + 1) of \(list.count)", on: rect, into: &buffer)
        }
    }

    /// One bookmark: the quote; who, then the date before the outlet and title (so a cut takes the title); the note.
    private func bookmarkEntry(
        _ entry: BookmarkEntry, selected: Bool, editing note: String?, at y: Int, in inner: Rect, into buffer: inout CellBuffer
    ) {
        let base = selected ? CellStyle(.selection) : CellStyle.text
        buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 3), style: base)
        let quote = entry.quoteText.replacingOccurrences(of: "\n", with: " ")
        buffer.put(
            Truncation.truncate("★ " + quote, toWidth: inner.width), x: inner.x, y: y,
            style: selected ? base : CellStyle(.quote), maxWidth: inner.width)
        var meta = ["  — " + (entry.speaker ?? "unattributed")]
        if let channel = entry.channel { meta.append(channel) }
        if let date = entry.date { meta.append(date) }
        if let outlet = entry.outlet { meta.append(outlet) }
        meta.append(entry.articleTitle)
        buffer.put(
            Truncation.truncate(meta.joined(separator: " · "), toWidth: inner.width), x: inner.x, y: y + 1,
            style: selected ? base : CellStyle(.dim), maxWidth: inner.width)
        guard y + 2 < inner.maxY else { return }
        if let note {
            // Editing in place: the end of the note stays in sight, with the cursor after it.
            var x = buffer.put("  note: ", x: inner.x, y: y + 2, style: CellStyle(.selection, emphasis: .bold))
            x = buffer.put(Truncation.keepingEnd(note, toWidth: max(1, inner.maxX - x - 1)), x: x, y: y + 2, style: base)
            buffer.put("▏", x: x, y: y + 2, style: CellStyle(.selection, emphasis: .bold), maxWidth: inner.maxX - x)
        } else if let text = entry.note, !text.isEmpty {
            let line = "  ✎ " + text.replacingOccurrences(of: "\n", with: " ")
            buffer.put(
                Truncation.truncate(line, toWidth: inner.width), x: inner.x, y: y + 2, style: selected ? base : .text,
                maxWidth: inner.width)
        }
    }

    /// Says on a window's bottom border how many rows lie below what it shows, and where the selection is.
    static func drawMarker(below: Int, position: String?, on rect: Rect, into buffer: inout CellBuffer) {
        var parts: [String] = []
        if below > 0 { parts.append("↓ \(below) more") }
        if let position { parts.append(position) }
        guard !parts.isEmpty else { return }
        let marker = " " + parts.joined(separator: " · ") + " "
        let width = DisplayWidth.of(marker)
        if rect.width >= width + 4 { buffer.put(marker, x: rect.maxX - 2 - width, y: rect.maxY - 1, style: CellStyle(.dim)) }
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
