import SaywhoCore

/// The one place the reader's state changes: `reduce(action)`, returning work for the app.
extension ReaderState {
    @discardableResult
    public mutating func reduce(_ action: ReaderAction) -> [ReaderEffect] {
        // Too small to show anything but the notice: keys and clicks would act unseen, so only q, Esc and Q do: they quit.
        if layout.mode == .tooSmall {
            switch action {
            case .command(.quit), .command(.back): return [.quit]
            case .command, .type, .deleteBackward, .clearLine, .click, .wheel: return []
            case .resize, .bookmarksChanged, .bookmarksUnreadable, .message: break
            }
        }
        switch action {
        case .command(let command):
            if overlay != nil { return reduceOverlay(command) }
            message = nil
            return reduceCommand(command)
        case .type(let character):
            typeIntoOverlay(character)
        case .deleteBackward:
            deleteInOverlay()
        case .clearLine:
            clearOverlayText()
        case .resize(let newSize):
            size = newSize
            ensureWrapped()
            keepSelectionInView()
            scrollToCurrentQuote()
            clampScroll()
        case .click(let x, let y):
            if overlay != nil { overlayClick(x: x, y: y) } else { click(x: x, y: y) }
        case .wheel(let up, let x, let y):
            if overlay != nil { overlayWheel(up: up) } else { wheel(up: up, x: x, y: y) }
        case .bookmarksChanged(let entries):
            bookmarks = entries
            bookmarksProblem = nil
            if case .bookmarks(let selection, let note) = overlay, selection >= entries.count {
                overlay = .bookmarks(selection: max(0, entries.count - 1), note: note)
            }
        case .bookmarksUnreadable(let reason):
            bookmarksProblem = reason
        case .message(let text, let isError):
            message = (text, isError)
        }
        return []
    }

    private mutating func reduceCommand(_ command: Command) -> [ReaderEffect] {
        switch command {
        case .quit:
            return [.quit]
        case .back:
            if showArticles && article != nil && layout.mode != .wide {
                showArticles = false
                focus = .reader
            } else if search != nil {
                search = nil
            } else if articleQuery != nil {
                articleQuery = nil
                message = ("article search cleared", false)
            } else {
                return [.quit]
            }
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: move(by: pageSize)
        case .pageUp: move(by: -pageSize)
        case .top: move(by: Int.min / 2)
        case .bottom: move(by: Int.max / 2)
        case .open:
            if focus == .articles || (layout.reader == nil && layout.articles != nil) { openSelected() }
        case .focusNext: cycleFocus(by: 1)
        case .focusPrevious: cycleFocus(by: -1)
        case .toggleArticles:
            if layout.mode == .wide {
                focus = focus == .articles ? .reader : .articles
            } else {
                showArticles.toggle()
                focus = showArticles ? .articles : .reader
                ensureWrapped()
            }
            keepSelectionInView()
        case .nextQuote: jumpQuote(forward: true, sameSpeaker: false)
        case .previousQuote: jumpQuote(forward: false, sameSpeaker: false)
        case .nextBySpeaker: jumpQuote(forward: true, sameSpeaker: true)
        case .previousBySpeaker: jumpQuote(forward: false, sameSpeaker: true)
        case .speakerFilter:
            overlay = .speakerPicker(query: "", selection: 0)
        case .clearFilter:
            if speakerFilter != nil {
                speakerFilter = nil
                message = ("speaker filter cleared", false)
                if let article, let index = visibleArticles.firstIndex(of: article) { listSelection = index }
                keepSelectionInView()
            }
        case .toggleBookmark:
            guard let article, let quote else {
                message = ("no quote to bookmark here", true)
                return []
            }
            return [.toggleBookmark(article: article, quote: quote)]
        case .editNote:
            guard let article, let quote else {
                message = ("no quote to write a note on", true)
                return []
            }
            overlay = .prompt(.note(article: article, quote: quote), text: bookmark(for: article, quote: quote)?.note ?? "")
        case .bookmarks:
            overlay = .bookmarks(selection: 0)
            deletedBookmarks = []
        case .deleteBookmark, .undo:
            message = ("d and u delete and put back bookmarks in the bookmark list (B)", false)
        case .search:
            overlay = .prompt(.search, text: "")
        case .searchNext: stepSearch(by: 1)
        case .searchPrevious: stepSearch(by: -1)
        case .nextTheme:
            themeIndex = (themeIndex + 1) % themeNames.count
            message = ("theme: \(themeName)", false)
            return [.setTheme(themeName)]
        case .help:
            overlay = .help(scroll: 0)
        }
        return []
    }

    /// A page in the focused pane: what it shows, less a little overlap to keep the reader's place.
    private var pageSize: Int {
        switch focus {
        case .articles: return max(1, listGeometry.capacity - 1)
        case .reader: return max(1, readerGeometry.content.height - 2)
        case .attribution: return max(1, (geometry(of: .attribution)?.content.height ?? 4) - 1)
        }
    }

    /// Moves the list's selection, or scrolls the reader or the attribution pane.
    private mutating func move(by delta: Int) {
        switch focus {
        case .articles:
            let count = visibleArticles.count
            guard count > 0 else { return }
            listSelection = max(0, min(count - 1, listSelection.addingClamped(delta)))
            keepSelectionInView()
        case .reader, .attribution:
            scrollPane(focus, by: delta)
        }
    }

    mutating func openSelected() {
        let visible = visibleArticles
        guard listSelection < visible.count else { return }
        // Opening the article already open keeps the place in it.
        if visible[listSelection] != article { open(visible[listSelection]) }
        if layout.mode != .wide { showArticles = false }
        focus = .reader
        ensureWrapped()
        scrollToCurrentQuote()
    }

    /// Moves the keyboard to the next pane, article list → reader → attribution, at every size.
    ///
    /// Where the list shares its place with the reader, focusing the list shows it and
    /// focusing another pane brings the reader back.
    private mutating func cycleFocus(by step: Int) {
        let panes = Pane.allCases
        let index = panes.firstIndex(of: focus) ?? 0
        focus = panes[(index + step + panes.count) % panes.count]
        if layout.mode != .wide && layout.mode != .tooSmall {
            showArticles = focus == .articles
            ensureWrapped()
            keepSelectionInView()
        }
    }

    // MARK: Overlays

    private mutating func reduceOverlay(_ command: Command) -> [ReaderEffect] {
        guard let overlay else { return [] }
        switch overlay {
        case .help(let scroll, let filter, let typing):
            return reduceHelp(command, scroll: scroll, filter: filter, typing: typing)
        case .speakerPicker(let query, let selection):
            let count = pickerSpeakers(query: query).count
            switch command {
            case .moveDown: self.overlay = .speakerPicker(query: query, selection: min(max(0, count - 1), selection + 1))
            case .moveUp: self.overlay = .speakerPicker(query: query, selection: max(0, selection - 1))
            case .pageDown: self.overlay = .speakerPicker(query: query, selection: min(max(0, count - 1), selection + 10))
            case .pageUp: self.overlay = .speakerPicker(query: query, selection: max(0, selection - 10))
            case .open: applySpeakerFilter(query: query, selection: selection)
            case .back, .quit:
                self.overlay = nil
                message = nil
            default: break
            }
        case .bookmarks(let selection, let note):
            return reduceBookmarkList(command, selection: selection, note: note)
        case .prompt(let kind, let text):
            switch command {
            case .open:
                self.overlay = nil
                switch kind {
                case .search: applySearch(text)
                case .note(let article, let quote): return [.setNote(article: article, quote: quote, note: text)]
                }
            case .back, .quit: self.overlay = nil
            default: break
            }
        }
        return []
    }

    private mutating func typeIntoOverlay(_ character: Character) {
        switch overlay {
        case .speakerPicker(let query, _): overlay = .speakerPicker(query: query + String(character), selection: 0)
        case .prompt(let kind, let text): overlay = .prompt(kind, text: text + String(character))
        case .bookmarks(let selection, let note?): overlay = .bookmarks(selection: selection, note: note + String(character))
        case .help(_, let filter, true): overlay = .help(scroll: 0, filter: filter + String(character), typing: true)
        default: break
        }
    }

    private mutating func deleteInOverlay() {
        switch overlay {
        case .speakerPicker(let query, _): overlay = .speakerPicker(query: String(query.dropLast()), selection: 0)
        case .prompt(let kind, let text): overlay = .prompt(kind, text: String(text.dropLast()))
        case .bookmarks(let selection, let note?): overlay = .bookmarks(selection: selection, note: String(note.dropLast()))
        case .help(_, let filter, true): overlay = .help(scroll: 0, filter: String(filter.dropLast()), typing: true)
        default: break
        }
    }

    /// Empties what was typed in a prompt or the picker (Ctrl-U).
    private mutating func clearOverlayText() {
        switch overlay {
        case .speakerPicker: overlay = .speakerPicker(query: "", selection: 0)
        case .prompt(let kind, _): overlay = .prompt(kind, text: "")
        case .bookmarks(let selection, _?): overlay = .bookmarks(selection: selection, note: "")
        case .help(_, _, true): overlay = .help(scroll: 0, filter: "", typing: true)
        default: break
        }
    }

    /// Speakers the picker lists for what was typed: most quoted first, narrowed by alias.
    public func pickerSpeakers(query: String) -> [Speaker] {
        let folded = query.lowercased()
        return view.corpus.speakers
            .filter { folded.isEmpty || $0.aliases.contains { $0.lowercased().contains(folded) } }
            .sorted {
                let a = view.quoteCounts[$0.id, default: 0]
                let b = view.quoteCounts[$1.id, default: 0]
                if a != b { return a > b }
                let byName = $0.name.localizedStandardCompare($1.name)
                return byName != .orderedSame ? byName == .orderedAscending : $0.id < $1.id
            }
    }

    mutating func applySpeakerFilter(query: String, selection: Int) {
        let speakers = pickerSpeakers(query: query)
        guard selection < speakers.count else {
            // The picker stays open with what was typed, so a typo is one Backspace away.
            message = ("no speaker matches \"\(query)\"", true)
            return
        }
        overlay = nil
        let speaker = speakers[selection]
        speakerFilter = speaker.id
        articleQuery = nil
        message = ("showing quotes by \(speaker.name)", false)
        let visible = visibleArticles
        if let article, visible.contains(article) {
            listSelection = visible.firstIndex(of: article)!
            if let quote, view.quotes(of: article)[quote].attribution?.speakerID == speaker.id {
                keepSelectionInView()
                return
            }
            self.quote = navigableQuotes(in: article).first
            scrollToCurrentQuote()
        } else if let first = visible.first {
            open(first)
        }
        keepSelectionInView()
    }
}

extension Int {
    /// Addition that saturates instead of trapping.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
