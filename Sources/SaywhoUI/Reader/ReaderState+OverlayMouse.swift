import SaywhoCore

/// The mouse while a window is open: the window takes it, so nothing under it moves.
extension ReaderState {
    /// A wheel turn: scrolls the help, or moves the selection in the picker and the bookmark list.
    mutating func overlayWheel(up: Bool) {
        let step = up ? -1 : 1
        switch overlay {
        case .help(let scroll, let filter, let typing):
            let limit = maxHelpScroll(filter: filter, typing: typing)
            overlay = .help(scroll: max(0, min(limit, scroll + 3 * step)), filter: filter, typing: typing)
        case .speakerPicker(let query, let selection):
            let last = max(0, pickerSpeakers(query: query).count - 1)
            overlay = .speakerPicker(query: query, selection: max(0, min(last, selection + step)))
        case .bookmarks(let selection, nil):
            let last = max(0, bookmarks.count - 1)
            overlay = .bookmarks(selection: max(0, min(last, selection + step)))
        default:
            break
        }
    }

    /// A click: on a speaker, filters by it; on a bookmark, opens it; outside the window, closes it.
    mutating func overlayClick(x: Int, y: Int) {
        switch overlay {
        case .help(_, let filter, let typing):
            let rect = helpLayout(filter: filter, typing: typing).rect
            if !rect.contains(x: x, y: y) { overlay = nil }
        case .speakerPicker(let query, let selection):
            let count = pickerSpeakers(query: query).count
            let rect = OverlayGeometry.picker(size: size, speakers: count)
            guard rect.contains(x: x, y: y) else {
                overlay = nil
                return
            }
            let inner = rect.insideBorder
            let listTop = inner.y + 2
            let capacity = inner.maxY - listTop
            let first = OverlayGeometry.firstShown(selection: selection, capacity: capacity, count: count)
            let row = first + (y - listTop)
            guard y >= listTop, y < inner.maxY, inner.contains(x: x, y: y), row < count else { return }
            applySpeakerFilter(query: query, selection: row)
        case .bookmarks(let selection, nil):
            let rect = OverlayGeometry.bookmarks(size: size)
            guard rect.contains(x: x, y: y) else {
                overlay = nil
                deletedBookmarks = []
                return
            }
            let inner = rect.insideBorder
            let height = OverlayGeometry.bookmarkHeight
            let capacity = max(1, inner.height / height)
            let first = OverlayGeometry.firstShown(selection: selection, capacity: capacity, count: bookmarks.count)
            guard inner.contains(x: x, y: y), (y - inner.y) % height < height - 1 else { return }
            let row = first + (y - inner.y) / height
            guard row < bookmarks.count, row < first + capacity else { return }
            deletedBookmarks = []
            jumpToBookmark(row)
        default:
            break
        }
    }
}
