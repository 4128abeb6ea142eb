import SaywhoCore

/// Moving between quotes, within an article and across the corpus; search; the mouse.
extension ReaderState {
    /// Goes to the next or previous quote; past the article's last quote, on to the next article.
    ///
    /// With `sameSpeaker`, only quotes by the current quote's speaker count, across articles.
    /// The status bar says when there is nowhere to go, and when the jump went round.
    mutating func jumpQuote(forward: Bool, sameSpeaker: Bool) {
        var speakerID = speakerFilter
        var speakerName = ""
        if sameSpeaker {
            guard let current = currentQuote else {
                let none = article.map { view.quotes(of: $0).isEmpty } ?? true
                message = (none ? "no quotes in this article" : "no current quote", true)
                return
            }
            guard let id = current.attribution?.speakerID else {
                message = ("the current quote has no speaker", true)
                return
            }
            speakerID = id
            speakerName = view.corpus.speaker(id: id)?.name ?? id
        }
        let articles = sameSpeaker ? view.order.filter { view.article($0, quotes: speakerID!) } : visibleArticles
        func candidates(_ article: Int) -> [Int] {
            let quotes = view.quotes(of: article)
            guard let speakerID else { return Array(quotes.indices) }
            return quotes.indices.filter { quotes[$0].attribution?.speakerID == speakerID }
        }
        // Within the open article first, when the list shows it (a search may have hidden it).
        if let article, articles.contains(article) {
            let list = candidates(article)
            let next: Int?
            if let quote {
                next = forward ? list.first { $0 > quote } : list.last { $0 < quote }
            } else {
                next = forward ? list.first : list.last
            }
            if let next {
                self.quote = next
                attributionScroll = 0
                scrollToCurrentQuote()
                return
            }
        }
        // Then the following articles, in list order, wrapping around once.
        let start = article.flatMap { articles.firstIndex(of: $0) } ?? (forward ? -1 : articles.count)
        for step in 1...max(1, articles.count) where !articles.isEmpty {
            let position = ((start + (forward ? step : -step)) % articles.count + articles.count) % articles.count
            let candidate = articles[position]
            let list = candidates(candidate)
            guard let target = forward ? list.first : list.last else { continue }
            if candidate == article && target == quote {
                // Round the corpus and back to where it started: there is no other quote to go to.
                message = (sameSpeaker ? "no other quote by \(speakerName)" : "no more quotes", false)
                return
            }
            let wrapped = forward ? position <= start : position >= start
            open(candidate, quote: target)
            attributionScroll = 0
            if layout.mode != .wide { showArticles = false }
            focus = .reader
            if wrapped {
                message = (
                    Self.wrapMessage(
                        forward: forward, speaker: sameSpeaker ? speakerName : nil, sameArticle: articles.count == 1), false
                )
            }
            return
        }
        message = ("no more quotes", false)
    }

    /// What the status bar says when `n`, `N`, `]` or `[` went round the end of the list.
    static func wrapMessage(forward: Bool, speaker: String?, sameArticle: Bool) -> String {
        if let speaker { return forward ? "back to \(speaker)'s first quote" : "on to \(speaker)'s last quote" }
        if sameArticle { return forward ? "back to the first quote" : "on to the last quote" }
        return forward ? "back to the first article" : "on to the last article"
    }

    /// Applies a `/` search: the article list in the articles pane, this article's text in the reader.
    mutating func applySearch(_ query: String) {
        if searchesArticles {
            articleQuery = query.isEmpty ? nil : query
            listSelection = 0
            listScroll = 0
            let count = visibleArticles.count
            message =
                query.isEmpty
                ? ("article search cleared", false) : ("\(count) article\(count == 1 ? "" : "s") match \"\(query)\"", count == 0)
            return
        }
        guard let article, !query.isEmpty else {
            search = nil
            return
        }
        let matches = Self.find(query, in: view.articles[article].text)
        search = SearchState(query: query, matches: matches)
        if matches.isEmpty {
            message = ("\"\(query)\" not found in this article", true)
        } else {
            // Start from the first match at or after what is on screen.
            let top = wrapped?.rows[safe: scroll]?.scalars.lowerBound ?? 0
            search!.current = matches.firstIndex { $0.lowerBound >= top } ?? 0
            showSearchMatch()
        }
    }

    mutating func stepSearch(by step: Int) {
        guard var search else {
            message = ("no search: press / to search", true)
            return
        }
        guard !search.matches.isEmpty else {
            message = ("\"\(search.query)\" not found in this article", true)
            return
        }
        search.current = (search.current + step + search.matches.count) % search.matches.count
        self.search = search
        showSearchMatch()
    }

    private mutating func showSearchMatch() {
        guard let search else { return }
        let match = search.matches[search.current]
        scrollToRange(match)
        message = ("match \(search.current + 1)/\(search.matches.count) for \"\(search.query)\"", false)
    }

    /// Scalar ranges where `query` occurs in `text`, ignoring case.
    public static func find(_ query: String, in text: String) -> [Range<Int>] {
        let needle = Array(query.lowercased().unicodeScalars)
        guard !needle.isEmpty else { return [] }
        let hay = Array(text.lowercased().unicodeScalars)
        // Lower-casing can change scalar counts; fall back to the original when it does.
        let haystack = hay.count == text.unicodeScalars.count ? hay : Array(text.unicodeScalars)
        var result: [Range<Int>] = []
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], Array(haystack[i..<(i + needle.count)]) == needle {
                result.append(i..<(i + needle.count))
                i += needle.count
            } else {
                i += 1
            }
        }
        return result
    }

    // MARK: Mouse

    mutating func click(x: Int, y: Int) {
        if let list = geometry(of: .articles), list.frame.contains(x: x, y: y) {
            focus = .articles
            guard let entry = list.entry(atX: x, y: y) else { return }
            let index = listScroll + entry
            if index < visibleArticles.count {
                listSelection = index
                openSelected()
            }
        } else if let reader = geometry(of: .reader), reader.frame.contains(x: x, y: y) {
            focus = .reader
            let content = reader.content
            guard let wrapped, let article, let entry = reader.entry(atX: x, y: y) else { return }
            let rowIndex = scroll + entry
            guard let row = wrapped.rows[safe: rowIndex] else { return }
            // Any quote whose segments touch the clicked row and column becomes current.
            let offset = wrapped.offset(atRow: rowIndex, column: x - content.x) ?? row.scalars.lowerBound
            let quotes = view.quotes(of: article)
            if let hit = quotes.indices.first(where: { q in quotes[q].segments.contains { $0.start <= offset && offset < $0.end }
            }) {
                quote = hit
                attributionScroll = 0
            }
        } else if let side = geometry(of: .attribution), side.frame.contains(x: x, y: y) {
            focus = .attribution
        }
    }

    /// Scrolls the pane under the pointer, whichever has the keyboard.
    mutating func wheel(up: Bool, x: Int, y: Int) {
        let pane: Pane
        if let list = geometry(of: .articles), list.frame.contains(x: x, y: y) {
            pane = .articles
        } else if let side = geometry(of: .attribution), side.frame.contains(x: x, y: y) {
            pane = .attribution
        } else {
            pane = .reader
        }
        let step = pane == .articles ? 1 : 3
        scrollPane(pane, by: up ? -step : step)
    }

    /// Scrolls a pane's content by `delta` rows (entries in the list), kept within what it holds.
    mutating func scrollPane(_ pane: Pane, by delta: Int) {
        switch pane {
        case .articles:
            listScroll = max(0, min(listScroll.addingClamped(delta), visibleArticles.count - listGeometry.capacity))
        case .reader:
            scroll = scroll.addingClamped(delta)
            clampScroll()
        case .attribution:
            attributionScroll = max(0, min(attributionScroll.addingClamped(delta), maxAttributionScroll))
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
