import Foundation
import SaywhoCore

/// Windows drawn over the panes: help, the speaker picker, the bookmark list.
struct OverlayView {
    var glyphs: BorderGlyphs

    func render(_ overlay: Overlay, state: ReaderState, into buffer: inout CellBuffer) {
        switch overlay {
        case .prompt:
            return  // drawn in the status bar
        case .help(let scroll, let filter, let typing):
            let layout = state.helpLayout(filter: filter, typing: typing)
            buffer.drawBox(layout.rect, title: "Keys — / narrows, q or Esc closes", glyphs: glyphs)
            buffer.fill(layout.inner)
            let first = min(scroll, max(0, layout.lines.lines.count - layout.inner.height))
            layout.lines.render(into: &buffer, rect: layout.inner, from: first)
            Self.drawMarker(
                below: layout.lines.lines.count - first - layout.inner.height, position: nil, on: layout.rect, into: &buffer)
        case .speakerPicker(let query, let selection):
            let speakers = state.pickerSpeakers(query: query)
            let rect = OverlayGeometry.picker(size: state.size, speakers: speakers.count)
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
            let first = OverlayGeometry.firstShown(selection: selection, capacity: capacity, count: speakers.count)
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
            let rect = OverlayGeometry.bookmarks(size: state.size)
            let title = "Bookmarks \(list.count), newest first — Enter opens, a note, d delete, u undo, q closes"
            let inner = buffer.drawBox(rect, title: title, glyphs: glyphs)
            buffer.fill(inner)
            guard !list.isEmpty else {
                let empty =
                    state.bookmarksProblem.map { "The bookmarks cannot be read: " + $0 }
                    ?? "No bookmarks yet: b on a quote saves it."
                buffer.put(
                    Truncation.truncate(empty, toWidth: inner.width), x: inner.x, y: inner.y,
                    style: state.bookmarksProblem == nil ? CellStyle(.dim) : CellStyle(.error), maxWidth: inner.width)
                return
            }
            let entryHeight = OverlayGeometry.bookmarkHeight
            let capacity = max(1, inner.height / entryHeight)
            let first = OverlayGeometry.firstShown(selection: selection, capacity: capacity, count: list.count)
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
}

extension String {
    func leftPad(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
