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
            click(x: x, y: y)
        case .wheel(let up, let x, let y):
            wheel(up: up, x: x, y: y)
        case .bookmarksChanged(let entries):
            bookmarks = entries
            bookmarksProblem = nil
            if case .bookmarks(let selection) = overlay, selection >= entries.count {
                overlay = .bookmarks(selection: max(0, entries.count - 1))
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

    private mutating func cycleFocus(by step: Int) {
        let panes = Pane.allCases.filter { pane in
            switch pane {
            case .articles: return layout.articles != nil
            case .reader: return layout.reader != nil
            case .attribution: return layout.attribution != nil
            }
        }
        guard !panes.isEmpty else { return }
        let index = panes.firstIndex(of: focus) ?? 0
        focus = panes[(index + step + panes.count) % panes.count]
    }

    // MARK: Overlays

    private mutating func reduceOverlay(_ command: Command) -> [ReaderEffect] {
        guard let overlay else { return [] }
        switch overlay {
        case .help(let scroll):
            switch command {
            case .moveDown: self.overlay = .help(scroll: scroll + 1)
            case .moveUp: self.overlay = .help(scroll: max(0, scroll - 1))
            case .pageDown: self.overlay = .help(scroll: scroll + 10)
            case .pageUp: self.overlay = .help(scroll: max(0, scroll - 10))
            case .quit: return [.quit]
            default: self.overlay = nil
            }
        case .speakerPicker(let query, let selection):
            let count = pickerSpeakers(query: query).count
            switch command {
            case .moveDown: self.overlay = .speakerPicker(query: query, selection: min(max(0, count - 1), selection + 1))
            case .moveUp: self.overlay = .speakerPicker(query: query, selection: max(0, selection - 1))
            case .pageDown: self.overlay = .speakerPicker(query: query, selection: min(max(0, count - 1), selection + 10))
            case .pageUp: self.overlay = .speakerPicker(query: query, selection: max(0, selection - 10))
            case .open: applySpeakerFilter(query: query, selection: selection)
            case .back, .quit: self.overlay = nil
            default: break
            }
        case .bookmarks(let selection):
            switch command {
            case .moveDown: self.overlay = .bookmarks(selection: min(max(0, bookmarks.count - 1), selection + 1))
            case .moveUp: self.overlay = .bookmarks(selection: max(0, selection - 1))
            case .top: self.overlay = .bookmarks(selection: 0)
            case .bottom: self.overlay = .bookmarks(selection: max(0, bookmarks.count - 1))
            case .open: jumpToBookmark(selection)
            case .quit: return [.quit]
            case .back, .bookmarks: self.overlay = nil
            default: break
            }
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
        default: break
        }
    }

    private mutating func deleteInOverlay() {
        switch overlay {
        case .speakerPicker(let query, _): overlay = .speakerPicker(query: String(query.dropLast()), selection: 0)
        case .prompt(let kind, let text): overlay = .prompt(kind, text: String(text.dropLast()))
        default: break
        }
    }

    /// Empties what was typed in a prompt or the picker (Ctrl-U).
    private mutating func clearOverlayText() {
        switch overlay {
        case .speakerPicker: overlay = .speakerPicker(query: "", selection: 0)
        case .prompt(let kind, _): overlay = .prompt(kind, text: "")
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
                return a != b ? a > b : $0.name < $1.name
            }
    }

    private mutating func applySpeakerFilter(query: String, selection: Int) {
        let speakers = pickerSpeakers(query: query)
        overlay = nil
        guard selection < speakers.count else {
            message = ("no speaker matches \"\(query)\"", true)
            return
        }
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

    private mutating func jumpToBookmark(_ selection: Int) {
        guard selection < bookmarks.count else { return }
        let entry = bookmarks[selection]
        overlay = nil
        guard
            let index = view.articles.firstIndex(where: { $0.path == entry.articlePath && $0.id == entry.articleID })
                ?? view.articles.firstIndex(where: { $0.path == entry.articlePath })
        else {
            message = ("\(entry.articleTitle): article no longer in this corpus", true)
            return
        }
        if speakerFilter != nil, !visibleArticles.contains(index) { speakerFilter = nil }
        let quotes = view.quotes(of: index)
        let scalars = Array(view.articles[index].text.unicodeScalars)
        let match =
            quotes.firstIndex { $0.span.start == entry.quoteStart && $0.text(in: scalars) == entry.quoteText }
            ?? quotes.firstIndex { $0.text(in: scalars) == entry.quoteText }
            ?? quotes.firstIndex { $0.span.start == entry.quoteStart }
        open(index, quote: match)
        if layout.mode != .wide { showArticles = false }
        focus = .reader
        if match == nil { message = ("the bookmarked quote is no longer in the article", true) }
    }
}

extension Int {
    /// Addition that saturates instead of trapping.
    func addingClamped(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? Int.max : Int.min) : sum
    }
}
