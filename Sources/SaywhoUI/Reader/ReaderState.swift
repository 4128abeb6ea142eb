import SaywhoCore

/// Everything the reader shows, as a value: `reduce` changes it, panes draw it.
public struct ReaderState: Sendable {
    public let view: CorpusView
    public var size: Size
    public var focus: Pane = .reader
    /// In narrower layouts, the article list takes the reader's place while this is on.
    public var showArticles = false
    /// Selected row of `visibleArticles`.
    public var listSelection = 0
    /// First article shown in the list.
    public var listScroll = 0
    /// The open article (an index into the corpus' articles).
    public var article: Int?
    /// The current quote of the open article.
    public var quote: Int?
    /// First wrapped row shown in the reader.
    public var scroll = 0
    public var attributionScroll = 0
    /// Speaker id the corpus is filtered by.
    public var speakerFilter: String?
    /// Text the article list is filtered by (titles and text).
    public var articleQuery: String?
    public var search: SearchState?
    public var overlay: Overlay?
    public var bookmarks: [BookmarkEntry] = []
    /// Bookmarks deleted since the bookmark list opened, last one last: `u` puts them back.
    public var deletedBookmarks: [BookmarkEntry] = []
    /// Why the bookmark store cannot be read, while it cannot.
    public var bookmarksProblem: String?
    public var message: (text: String, isError: Bool)?
    public var themeNames: [String]
    public var themeIndex: Int
    public var helpLines: [HelpLine]
    /// Wrapping of the open article at the reader's width, kept while both stay the same.
    public private(set) var wrapped: WrappedText?
    /// The open article's scalars, so quotes and evidence are cut out without a pass over the whole text.
    public private(set) var scalars: [Unicode.Scalar] = []
    private var wrappedKey: (article: Int, width: Int)?

    public init(
        view: CorpusView, size: Size, themeNames: [String] = ["default"], theme: String = "default", helpLines: [HelpLine] = []
    ) {
        self.view = view
        self.size = size
        self.themeNames = themeNames.isEmpty ? [theme] : themeNames
        self.themeIndex = self.themeNames.firstIndex(of: theme) ?? 0
        self.helpLines = helpLines
        // The first article with something to show, so the first screen is never an empty quote pane.
        let visible = visibleArticles
        if let first = visible.first(where: { !view.quotes(of: $0).isEmpty }) ?? visible.first { open(first) }
    }

    // MARK: Derived

    public var layout: ScreenLayout { ScreenLayout.compute(size: size, showArticles: showArticles) }

    public var themeName: String { themeNames[themeIndex] }

    /// Articles the list shows: all, newest first, narrowed by the speaker filter and the article
    /// search (the index's full-text search when there is one, else the text as typed).
    public var visibleArticles: [Int] {
        view.visibleMemo.articles(speaker: speakerFilter, query: articleQuery) { computeVisibleArticles() }
    }

    private func computeVisibleArticles() -> [Int] {
        if let query = articleQuery, let search = view.search {
            let found = search.articles(matching: query)
            return view.order.filter { index in
                if let speakerFilter, !view.article(index, quotes: speakerFilter) { return false }
                return found?.contains(index) ?? true
            }
        }
        let query = articleQuery?.lowercased()
        return view.order.filter { index in
            if let speakerFilter, !view.article(index, quotes: speakerFilter) { return false }
            if let query, !query.isEmpty {
                let article = view.articles[index]
                return article.title.lowercased().contains(query) || article.text.lowercased().contains(query)
            }
            return true
        }
    }

    /// Quotes of the open article that `n`/`N` visit (only the filtered speaker's when a filter is on).
    public func navigableQuotes(in article: Int) -> [Int] {
        let quotes = view.quotes(of: article)
        guard let speakerFilter else { return Array(quotes.indices) }
        return quotes.indices.filter { quotes[$0].attribution?.speakerID == speakerFilter }
    }

    public var currentQuote: Quote? {
        guard let article, let quote else { return nil }
        let quotes = view.quotes(of: article)
        return quote < quotes.count ? quotes[quote] : nil
    }

    /// The speaker colour slot of a quote, for `CellStyle.speaker`.
    public func colorSlot(_ quote: Quote) -> Int? {
        quote.attribution.flatMap { view.colorIndex[$0.speakerID] }
    }

    public func bookmark(for article: Int, quote: Int) -> BookmarkEntry? {
        let a = view.articles[article]
        let q = view.quotes(of: article)[quote]
        let candidates = bookmarks.filter { $0.articlePath == a.path }
        guard !candidates.isEmpty else { return nil }
        if let exact = candidates.first(where: { $0.quoteStart == q.span.start }) { return exact }
        let text = article == self.article ? q.text(in: scalars) : q.text(in: a)
        return candidates.first { $0.quoteText == text }
    }

    public func articleHasBookmarks(_ article: Int) -> Bool {
        let path = view.articles[article].path
        let id = view.articles[article].id
        return bookmarks.contains { $0.articlePath == path && $0.articleID == id }
    }

    // MARK: Geometry

    /// Where a pane is drawn and what lies where inside it, or nil when the layout does not show it.
    ///
    /// `ReaderScreen` draws each pane with this geometry, and clicks, the wheel and
    /// scrolling use the same one, so a click lands on what is drawn under it.
    public func geometry(of pane: Pane) -> PaneGeometry? {
        let layout = self.layout
        switch pane {
        case .articles: return layout.articles.map { PaneGeometry.articles($0, entryHeight: layout.mode == .wide ? 1 : 2) }
        case .reader: return layout.reader.map(PaneGeometry.reader)
        case .attribution: return layout.attribution.map(PaneGeometry.attribution)
        }
    }

    /// The reader pane's geometry, also while the list takes its place (so wrapping and scrolling stay right).
    public var readerGeometry: PaneGeometry {
        geometry(of: .reader)
            ?? PaneGeometry.reader(
                ScreenLayout.compute(size: size, showArticles: false).reader ?? Rect(x: 0, y: 0, width: 3, height: 4))
    }

    /// The article list's geometry, also while the reader takes its place (so the selection stays in view).
    public var listGeometry: PaneGeometry {
        geometry(of: .articles)
            ?? PaneGeometry.articles(
                ScreenLayout.compute(size: size, showArticles: true).articles ?? Rect(x: 0, y: 0, width: 3, height: 4))
    }

    // MARK: Changing what is open

    mutating func ensureWrapped() {
        guard let article else {
            wrapped = nil
            wrappedKey = nil
            scalars = []
            return
        }
        let width = readerGeometry.content.width
        if let key = wrappedKey, key.article == article, key.width == width { return }
        if wrappedKey?.article != article { scalars = Array(view.articles[article].text.unicodeScalars) }
        // Blank lines already separate paragraphs in most articles; add spacers only where single newlines do.
        let text = view.articles[article].text
        wrapped = WrappedText(text, width: width, spacesParagraphs: !text.contains("\n\n"))
        wrappedKey = (article, width)
    }

    /// How far the attribution pane can scroll: its lines past the pane's height.
    var maxAttributionScroll: Int {
        guard let content = geometry(of: .attribution)?.content else { return 0 }
        return max(0, attributionLines(width: content.width).lines.count - content.height)
    }

    /// Opens an article at its first navigable quote.
    mutating func open(_ index: Int, quote: Int? = nil) {
        if article != index { search = nil }
        attributionScroll = 0
        article = index
        self.quote = quote ?? navigableQuotes(in: index).first
        scroll = 0
        ensureWrapped()
        if let visible = visibleArticles.firstIndex(of: index) { listSelection = visible }
        keepSelectionInView()
        scrollToCurrentQuote()
    }

    /// Scrolls the reader so the current quote's first segment is in sight.
    mutating func scrollToCurrentQuote() {
        guard let quote = currentQuote else { return }
        scrollToRange(
            quote.segments[0].start..<quote.segments[0].end, lastRange: quote.segments.last!.start..<quote.segments.last!.end)
    }

    mutating func scrollToRange(_ range: Range<Int>, lastRange: Range<Int>? = nil) {
        ensureWrapped()
        guard let wrapped else { return }
        let height = readerGeometry.content.height
        let rows = wrapped.rows(covering: range)
        let lastRow = lastRange.map { wrapped.rows(covering: $0).upperBound } ?? rows.upperBound
        if rows.lowerBound < scroll || lastRow >= scroll + height {
            // Show the quote a little below the top, or from its start when it is taller than the pane.
            scroll = lastRow - rows.lowerBound + 1 >= height ? rows.lowerBound : max(0, rows.lowerBound - height / 4)
        }
        clampScroll()
    }

    mutating func clampScroll() {
        let rows = wrapped?.rowCount ?? 0
        scroll = max(0, min(scroll, rows - readerGeometry.content.height))
    }

    mutating func keepSelectionInView() {
        let capacity = listGeometry.capacity
        if listSelection < listScroll { listScroll = listSelection }
        if listSelection >= listScroll + capacity { listScroll = listSelection - capacity + 1 }
        listScroll = max(0, listScroll)
    }
}
