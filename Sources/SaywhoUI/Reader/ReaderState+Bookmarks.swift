import SaywhoCore

/// The bookmark list: newest first, opened at a bookmark, deleted and put back, notes edited in place.
extension ReaderState {
    /// The bookmarks as the list shows them: the newest first (store order breaks ties, later first).
    public var bookmarksNewestFirst: [BookmarkEntry] {
        bookmarks.enumerated().sorted { a, b in
            if let x = a.element.created, let y = b.element.created, x != y { return x > y }
            return a.offset > b.offset
        }.map(\.element)
    }

    mutating func reduceBookmarkList(_ command: Command, selection: Int, note: String?) -> [ReaderEffect] {
        let list = bookmarksNewestFirst
        let last = max(0, list.count - 1)
        if let note {
            // Editing a note: Enter saves it, Esc leaves it as it was; other keys are text.
            switch command {
            case .open:
                overlay = .bookmarks(selection: selection)
                guard selection < list.count else { return [] }
                return [.setBookmarkNote(id: list[selection].id, note: note)]
            case .back, .quit: overlay = .bookmarks(selection: selection)
            default: break
            }
            return []
        }
        switch command {
        case .moveDown: overlay = .bookmarks(selection: min(last, selection + 1))
        case .moveUp: overlay = .bookmarks(selection: max(0, selection - 1))
        case .pageDown: overlay = .bookmarks(selection: min(last, selection + bookmarkPage))
        case .pageUp: overlay = .bookmarks(selection: max(0, selection - bookmarkPage))
        case .top: overlay = .bookmarks(selection: 0)
        case .bottom: overlay = .bookmarks(selection: last)
        case .open:
            deletedBookmarks = []
            jumpToBookmark(selection)
        case .editNote:
            guard selection < list.count else { return [] }
            overlay = .bookmarks(selection: selection, note: list[selection].note ?? "")
        case .deleteBookmark:
            guard selection < list.count else { return [] }
            deletedBookmarks.append(list[selection])
            return [.deleteBookmark(id: list[selection].id)]
        case .undo:
            guard let entry = deletedBookmarks.popLast() else {
                message = ("nothing to undo", false)
                return []
            }
            return [.restoreBookmark(id: entry.id)]
        case .quit: return [.quit]
        case .back, .bookmarks:
            overlay = nil
            deletedBookmarks = []
        default: break
        }
        return []
    }

    /// Entries a page of the bookmark list moves.
    private var bookmarkPage: Int { max(1, (size.rows - 4) / 4 - 1) }

    mutating func jumpToBookmark(_ selection: Int) {
        let list = bookmarksNewestFirst
        guard selection < list.count else { return }
        let entry = list[selection]
        overlay = nil
        guard
            let index = view.articles.firstIndex(where: { $0.path == entry.articlePath && $0.id == entry.articleID })
                ?? view.articles.firstIndex(where: { $0.path == entry.articlePath })
        else {
            message = ("\(entry.articleTitle): article no longer in this corpus", true)
            return
        }
        var clearedFilter = false
        if speakerFilter != nil, !visibleArticles.contains(index) {
            speakerFilter = nil
            clearedFilter = true
        }
        let quotes = view.quotes(of: index)
        let scalars = Array(view.articles[index].text.unicodeScalars)
        let match =
            quotes.firstIndex { $0.span.start == entry.quoteStart && $0.text(in: scalars) == entry.quoteText }
            ?? quotes.firstIndex { $0.text(in: scalars) == entry.quoteText }
            ?? quotes.firstIndex { $0.span.start == entry.quoteStart }
        open(index, quote: match)
        if layout.mode != .wide { showArticles = false }
        focus = .reader
        if match == nil {
            message = ("the bookmarked quote is no longer in the article", true)
        } else if clearedFilter {
            message = ("speaker filter cleared to show the bookmark", false)
        }
    }
}
