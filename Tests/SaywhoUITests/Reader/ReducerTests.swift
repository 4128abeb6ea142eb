import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

@Suite struct ReducerTests {
    let view = CorpusView(corpus: ReaderFixture.corpus)

    func state(_ size: Size = Size(columns: 120, rows: 40)) -> ReaderState {
        ReaderState(view: view, size: size, themeNames: ["default", "light", "mono"])
    }

    func articleID(_ s: ReaderState) -> String? { s.article.map { view.articles[$0].id } }

    func speakerName(_ s: ReaderState) -> String? { s.currentQuote.flatMap { view.speaker(of: $0)?.name } }

    @Test func opensTheNewestArticleAtItsFirstQuote() {
        let s = state()
        #expect(s.visibleArticles.map { view.articles[$0].id } == ["school", "harbour", "storm"])
        #expect(articleID(s) == "school")
        #expect(s.quote == 0)
        #expect(speakerName(s) == "Lena Ortiz")
    }

    @Test func nextQuoteGoesOnToTheNextArticleAndPreviousComesBack() {
        var s = state()
        s.reduce(.command(.nextQuote))
        #expect(articleID(s) == "harbour")
        #expect(s.quote == 0)
        #expect(s.listSelection == 1)
        s.reduce(.command(.nextQuote))
        #expect(s.quote == 1)
        #expect(speakerName(s) == "Tom Reyes")
        s.reduce(.command(.previousQuote))
        s.reduce(.command(.previousQuote))
        #expect(articleID(s) == "school")
        #expect(s.quote == 0)
    }

    @Test func sameSpeakerJumpsSkipOtherSpeakersAcrossArticles() {
        var s = state()
        #expect(speakerName(s) == "Lena Ortiz")
        s.reduce(.command(.nextBySpeaker))
        #expect(articleID(s) == "harbour")
        #expect(s.quote == 0)
        s.reduce(.command(.nextBySpeaker))
        #expect(articleID(s) == "harbour")
        #expect(s.quote == 2, "skips Tom Reyes' quote")
        #expect(speakerName(s) == "Lena Ortiz")
    }

    @Test func speakerFilterNarrowsArticlesAndQuotes() {
        var s = state()
        s.reduce(.command(.speakerFilter))
        for c in "reyes" { s.reduce(.type(c)) }
        #expect(s.pickerSpeakers(query: "reyes").map(\.name) == ["Tom Reyes"])
        s.reduce(.command(.open))
        #expect(s.overlay == nil)
        #expect(s.speakerFilter == "tom reyes")
        #expect(s.visibleArticles.map { view.articles[$0].id } == ["harbour"])
        #expect(articleID(s) == "harbour")
        #expect(speakerName(s) == "Tom Reyes")
        s.reduce(.command(.nextQuote))
        #expect(speakerName(s) == "Tom Reyes", "n stays on the filtered speaker")
        s.reduce(.command(.clearFilter))
        #expect(s.speakerFilter == nil)
        #expect(s.visibleArticles.count == 3)
    }

    @Test func pickerTypingNarrowsAndBackspaceWidens() {
        var s = state()
        s.reduce(.command(.speakerFilter))
        s.reduce(.type("o"))
        s.reduce(.type("r"))
        s.reduce(.type("t"))
        #expect(s.overlay == .speakerPicker(query: "ort", selection: 0))
        s.reduce(.deleteBackward)
        #expect(s.overlay == .speakerPicker(query: "or", selection: 0))
        s.reduce(.command(.back))
        #expect(s.overlay == nil)
        #expect(s.speakerFilter == nil)
    }

    @Test func bookmarkAsksTheAppAndShowsTheResult() {
        var s = state()
        let effects = s.reduce(.command(.toggleBookmark))
        #expect(effects == [.toggleBookmark(article: s.article!, quote: 0)])
        let article = view.articles[s.article!]
        let quote = s.currentQuote!
        let entry = BookmarkEntry(
            id: "x", articleID: article.id, articlePath: article.path, articleTitle: article.title, date: article.date,
            outlet: article.outlet, quoteText: quote.text(in: article), quoteStart: quote.span.start, speaker: "Lena Ortiz",
            channel: nil, note: nil)
        s.reduce(.bookmarksChanged([entry]))
        #expect(s.bookmark(for: s.article!, quote: 0) != nil)
        #expect(s.articleHasBookmarks(s.article!))
    }

    @Test func noteOpensAPromptWithTheSavedNoteAndEnterSavesIt() {
        var s = state()
        s.reduce(.command(.editNote))
        guard case .prompt(.note(let a, let q), "") = s.overlay else {
            Issue.record("expected a note prompt, got \(String(describing: s.overlay))")
            return
        }
        for c in "cite" { s.reduce(.type(c)) }
        let effects = s.reduce(.command(.open))
        #expect(effects == [.setNote(article: a, quote: q, note: "cite")])
        #expect(s.overlay == nil)
    }

    @Test func bookmarksListJumpsToTheBookmarkedQuote() {
        var s = state()
        let index = view.articles.firstIndex { $0.id == "storm" }!
        let article = view.articles[index]
        let quote = view.quotes(of: index)[1]
        s.reduce(
            .bookmarksChanged([
                BookmarkEntry(
                    id: "b", articleID: article.id, articlePath: article.path, articleTitle: article.title, date: article.date,
                    outlet: nil,
                    quoteText: quote.text(in: article), quoteStart: quote.span.start, speaker: nil, channel: nil, note: nil)
            ]))
        s.reduce(.command(.bookmarks))
        s.reduce(.command(.open))
        #expect(articleID(s) == "storm")
        #expect(s.quote == 1)
        #expect(s.overlay == nil)
    }

    @Test func searchInTheReaderFindsMatchesAndStepsThroughThem() {
        var s = state()
        s.reduce(.command(.nextQuote))  // harbour
        s.reduce(.command(.search))
        for c in "ORTIZ" { s.reduce(.type(c)) }
        s.reduce(.command(.open))
        #expect(s.search?.matches.count == 2)
        #expect(s.search?.current == 0)
        s.reduce(.command(.searchNext))
        #expect(s.search?.current == 1)
        s.reduce(.command(.searchNext))
        #expect(s.search?.current == 0, "wraps around")
        s.reduce(.command(.back))
        #expect(s.search == nil)
    }

    @Test func searchInTheArticleListFiltersTitlesAndText() {
        var s = state()
        s.reduce(.command(.focusPrevious))
        #expect(s.focus == .articles)
        s.reduce(.command(.search))
        for c in "bridge" { s.reduce(.type(c)) }
        s.reduce(.command(.open))
        #expect(s.visibleArticles.map { view.articles[$0].id } == ["storm"])
        s.reduce(.command(.open))
        #expect(articleID(s) == "storm")
        #expect(s.focus == .reader)
    }

    @Test func themeCyclesAndAsksTheAppToSwitch() {
        var s = state()
        #expect(s.reduce(.command(.nextTheme)) == [.setTheme("light")])
        #expect(s.reduce(.command(.nextTheme)) == [.setTheme("mono")])
        #expect(s.reduce(.command(.nextTheme)) == [.setTheme("default")])
    }

    @Test func quitAndBackFromTheTop() {
        var s = state()
        #expect(s.reduce(.command(.help)).isEmpty)
        #expect(s.overlay == .help(scroll: 0))
        #expect(s.reduce(.command(.back)).isEmpty)
        #expect(s.overlay == nil)
        #expect(s.reduce(.command(.back)) == [.quit])
        #expect(s.reduce(.command(.quit)) == [.quit])
    }

    @Test func narrowLayoutTogglesTheListInPlaceOfTheReader() {
        var s = state(Size(columns: 100, rows: 30))
        #expect(s.layout.articles == nil)
        s.reduce(.command(.toggleArticles))
        #expect(s.layout.articles != nil)
        #expect(s.focus == .articles)
        s.reduce(.command(.moveDown))
        s.reduce(.command(.open))
        #expect(articleID(s) == "harbour")
        #expect(s.layout.articles == nil, "opening goes back to the reader")
    }

    @Test func resizeKeepsTheCurrentQuoteInSight() {
        var s = state()
        s.reduce(.command(.nextQuote))
        s.reduce(.resize(Size(columns: 60, rows: 12)))
        let quote = s.currentQuote!
        let rows = s.wrapped!.rows(covering: quote.segments[0].start..<quote.segments[0].end)
        #expect(rows.lowerBound >= s.scroll)
        #expect(rows.lowerBound < s.scroll + s.readerGeometry.content.height)
    }

    @Test func clickOnAQuoteMakesItCurrent() {
        var s = state()
        s.reduce(.command(.nextQuote))  // harbour, quote 0
        let quote = view.quotes(of: s.article!)[2]
        let position = s.wrapped!.position(of: quote.segments[0].start + 3)
        let inner = s.readerGeometry.content
        s.reduce(.click(x: inner.x + position.column, y: inner.y + position.row - s.scroll))
        #expect(s.quote == 2)
    }

    /// More articles than the list shows, newest first in number order, each one long paragraph of numbered words.
    func manyArticles(_ count: Int, words: Int) -> CorpusView {
        let articles = (1...count).map { n in
            Article(
                id: "a\(n)", path: "a\(n).txt", title: "Article number \(n)", date: String(format: "2025-01-%02d", 30 - n),
                text: (1...words).map { "w\($0)" }.joined(separator: " "))
        }
        return CorpusView(corpus: Corpus(articles: articles))
    }

    @Test func clickOnAListRowOpensTheArticleDrawnThere() throws {
        var s = state()
        let list = try #require(s.geometry(of: .articles))
        let screen = ReaderScreen().render(s).lines()
        // The harbour entry's row, where the list shows its title and date.
        let y = try #require(screen.firstIndex { $0.hasPrefix("│  Harbour plan approved") })
        s.reduce(.click(x: list.content.x + 3, y: y))
        #expect(articleID(s) == "harbour")
        #expect(s.focus == .reader)
        // Below the last entry and on the border nothing opens.
        s.reduce(.click(x: list.content.x + 3, y: list.top(ofEntry: 3)))
        s.reduce(.click(x: list.content.x + 3, y: list.frame.maxY - 1))
        #expect(articleID(s) == "harbour")
        #expect(s.focus == .articles)
    }

    @Test func wheelScrollsThePaneUnderThePointerWithinWhatItHolds() throws {
        var s = ReaderState(view: manyArticles(20, words: 400), size: Size(columns: 120, rows: 12))
        let list = try #require(s.geometry(of: .articles))
        #expect(list.capacity == 9)
        s.reduce(.wheel(up: false, x: list.content.x, y: list.content.y))
        #expect(s.listScroll == 1)
        #expect(s.focus == .reader, "the wheel does not take the keyboard")
        var screen = ReaderScreen().render(s)
        #expect(screen.line(list.top(ofEntry: 0)).contains("Article number 2"))
        for _ in 0..<20 { s.reduce(.wheel(up: false, x: list.content.x, y: list.content.y)) }
        #expect(s.listScroll == 11, "20 articles, 9 shown")
        // A click lands on the entry drawn under it after scrolling.
        screen = ReaderScreen().render(s)
        #expect(screen.line(list.top(ofEntry: 1)).contains("Article number 13"))
        s.reduce(.click(x: list.content.x + 2, y: list.top(ofEntry: 1)))
        #expect(s.article.map { s.view.articles[$0].title } == "Article number 13")

        let reader = s.readerGeometry
        s.reduce(.wheel(up: false, x: reader.content.x + 5, y: reader.content.y + 2))
        #expect(s.scroll == 3)
        screen = ReaderScreen().render(s)
        let wrapped = try #require(s.wrapped)
        let rowText = wrapped.text[wrapped.rows[3].start..<wrapped.rows[3].end].trimmingCharacters(in: .whitespaces)
        #expect(rowText.hasPrefix("w"))
        #expect(screen.line(reader.content.y).contains("│" + rowText + " "), "the first row drawn is the fourth of the text")
        for _ in 0..<100 { s.reduce(.wheel(up: false, x: reader.content.x, y: reader.content.y)) }
        #expect(s.scroll == s.wrapped!.rowCount - reader.content.height, "the last row stays at the bottom")
        s.reduce(.wheel(up: true, x: reader.content.x, y: reader.content.y))
        #expect(s.scroll == s.wrapped!.rowCount - reader.content.height - 3)
    }

    @Test func keysGoToPromptsAsTextAndElsewhereThroughTheKeyMap() {
        var s = state()
        #expect(s.action(for: .character("n"), command: .nextQuote) == .command(.nextQuote))
        s.reduce(.command(.search))
        #expect(s.action(for: .character("n"), command: .nextQuote) == .type("n"))
        #expect(s.action(for: .enter, command: .open) == .command(.open))
        #expect(s.action(for: .escape, command: .back) == .command(.back))
    }

    @Test func escapeClosesAndGoesBackButNeverQuits() {
        var s = state()
        #expect(s.action(for: .escape, command: .back) == nil, "nothing to close: Esc does nothing")
        #expect(s.action(for: .character("q"), command: .back) == .command(.back), "q at the top quits")
        s.reduce(.command(.help))
        #expect(s.action(for: .escape, command: .back) == .command(.back))
        s.reduce(.command(.back))
        s.reduce(.command(.search))
        for c in "town" { s.reduce(.type(c)) }
        s.reduce(.command(.open))
        #expect(s.action(for: .escape, command: .back) == .command(.back), "Esc clears the search")
        s.reduce(.command(.back))
        #expect(s.search == nil)
        #expect(s.action(for: .escape, command: .back) == nil)
    }

    @Test func ctrlUEmptiesThePromptWithoutClosingIt() {
        var s = state()
        s.reduce(.command(.search))
        for c in "abc" { s.reduce(.type(c)) }
        let action = s.action(for: .ctrl("u"), command: nil)
        #expect(action == .clearLine)
        s.reduce(action!)
        #expect(s.overlay == .prompt(.search, text: ""))
    }

    @Test func attributionPaneScrollStopsAtItsLastLine() {
        var s = state(Size(columns: 70, rows: 24))
        s.focus = .attribution
        for _ in 0..<200 { s.reduce(.command(.moveDown)) }
        let limit = s.attributionScroll
        #expect(limit > 0)
        #expect(limit < 200)
        s.reduce(.command(.moveUp))
        #expect(s.attributionScroll == limit - 1, "one step up scrolls back at once")
        s.reduce(.command(.nextQuote))
        #expect(s.attributionScroll == 0, "a new quote starts at the top")
    }

    @Test func sameSpeakerWrapInsideOneArticleSaysSo() {
        var s = state()
        s.reduce(.command(.speakerFilter))
        for c in "spokeswoman" { s.reduce(.type(c)) }
        s.reduce(.command(.open))
        #expect(articleID(s) == "storm")
        s.reduce(.command(.nextBySpeaker))
        #expect(s.quote == 1)
        s.reduce(.command(.nextBySpeaker))
        #expect(s.quote == 0)
        #expect(s.message?.text == "back to \(speakerName(s)!)'s first quote")
    }

    @Test func stepAfterAFailedSearchSaysWhatWasNotFound() {
        var s = state()
        s.reduce(.command(.search))
        for c in "zebra" { s.reduce(.type(c)) }
        s.reduce(.command(.open))
        s.reduce(.command(.searchNext))
        #expect(s.message?.text == "\"zebra\" not found in this article")
    }

    /// Issue 15, finding 15: B says the store cannot be read, and why, instead of "No bookmarks yet".
    @Test func anUnreadableStoreIsSaidSoInTheBookmarksPane() {
        var s = state()
        s.reduce(.bookmarksUnreadable("bookmarks.json: cannot read the bookmark file: Permission denied"))
        s.reduce(.command(.bookmarks))
        let screen = ReaderScreen().render(s).lines().joined(separator: "\n")
        #expect(screen.contains("The bookmarks cannot be read: bookmarks.json: cannot read the bookmark file: Permission denied"))
        #expect(!screen.contains("No bookmarks yet"))
        s.reduce(.bookmarksChanged([]))
        #expect(ReaderScreen().render(s).lines().joined(separator: "\n").contains("No bookmarks yet"))
    }

    /// Issue 15, finding 17: in the too-small state keys do nothing unseen (a bookmark saved blind), but q quits.
    @Test func keysDoNotActWhileTheTerminalIsTooSmall() {
        var s = state(Size(columns: 30, rows: 8))
        let before = (s.article, s.quote, s.overlay, s.scroll, s.themeIndex)
        #expect(s.reduce(.command(.toggleBookmark)).isEmpty)
        for command: Command in [.nextQuote, .moveDown, .speakerFilter, .bookmarks, .nextTheme, .search, .open] {
            #expect(s.reduce(.command(command)).isEmpty, "\(command)")
        }
        s.reduce(.type("x"))
        s.reduce(.click(x: 1, y: 1))
        #expect(s.article == before.0 && s.quote == before.1 && s.overlay == before.2)
        #expect(s.scroll == before.3 && s.themeIndex == before.4)
        #expect(s.reduce(.command(.quit)) == [.quit])
        #expect(s.reduce(.command(.back)) == [.quit])
        s.reduce(.resize(Size(columns: 120, rows: 40)))
        #expect(s.reduce(.command(.toggleBookmark)).count == 1, "keys act again once the terminal is large enough")
    }
}
