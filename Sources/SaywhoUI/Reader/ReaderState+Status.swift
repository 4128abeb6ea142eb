import SaywhoCore

/// What the status bar says: where you are and what narrows the view.
extension ReaderState {
    /// The status bar's left parts: the article and quote, the speaker filter, the searches.
    ///
    /// The theme is not among them: `t` names it in a message, which the next key clears.
    public func statusParts() -> [String] {
        var parts: [String] = []
        let visible = visibleArticles
        if let article {
            let position = visible.firstIndex(of: article).map { "\($0 + 1)" } ?? "–"
            parts.append("article \(position)/\(visible.count)")
            let quotes = view.quotes(of: article)
            parts.append(quote.map { "quote \($0 + 1)/\(quotes.count)" } ?? "quotes \(quotes.count)")
        } else {
            parts.append("\(visible.count) articles")
        }
        if let filter = speakerFilter, let speaker = view.corpus.speaker(id: filter) {
            parts.append("speaker: \(speaker.name)")
        }
        if let articleQuery { parts.append("articles: /\(articleQuery)") }
        if let search {
            parts.append("/\(search.query) \(search.matches.isEmpty ? 0 : search.current + 1)/\(search.matches.count)")
        }
        return parts
    }

    /// The label a prompt starts with: it says what the prompt is for, and what a search will search.
    public func promptLabel(_ kind: PromptKind) -> String {
        switch kind {
        case .search: return searchesArticles ? "search articles: " : "search this article: "
        case .note: return "note: "
        }
    }

    /// True when `/` searches the article list rather than the open article's text.
    var searchesArticles: Bool { focus == .articles && layout.articles != nil }
}
