import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// What `n`, `N`, `]` and `[` say when there is nowhere to go or when they go round.
@Suite struct QuoteJumpMessageTests {
    let view = CorpusView(corpus: ReaderFixture.corpus)

    func state() -> ReaderState { ReaderState(view: view, size: Size(columns: 120, rows: 40)) }

    @Test func nextQuoteSaysNoMoreQuotesWhenNoArticleIsListed() {
        var s = state()
        s.reduce(.command(.nextQuote))
        #expect(s.view.articles[s.article!].id == "harbour", "an article with more quotes is open")
        s.reduce(.command(.toggleArticles))
        s.reduce(.command(.search))
        for c in "zebra" { s.reduce(.type(c)) }
        s.reduce(.command(.open))
        #expect(s.visibleArticles.isEmpty)
        s.reduce(.command(.nextQuote))
        #expect(s.message?.text == "no more quotes")
        #expect(s.quote == 0, "the hidden article's quotes are not visited either")
        s.reduce(.command(.previousQuote))
        #expect(s.message?.text == "no more quotes")
    }

    @Test func nextQuoteSaysNoMoreQuotesWhenTheOnlyQuoteIsTheCurrentOne() {
        var s = state()
        s.reduce(.command(.toggleArticles))
        s.reduce(.command(.search))
        for c in "roof" { s.reduce(.type(c)) }
        s.reduce(.command(.open))
        s.reduce(.command(.open))
        #expect(s.view.articles[s.article!].id == "school")
        s.reduce(.command(.nextQuote))
        #expect(s.quote == 0)
        #expect(s.message?.text == "no more quotes")
    }

    @Test func nextQuoteGoingRoundSaysBackToTheFirstArticle() {
        var s = state()
        for _ in 0..<5 { s.reduce(.command(.nextQuote)) }
        #expect(s.message == nil)
        s.reduce(.command(.nextQuote))
        #expect(s.message?.text == "back to the first article")
        s.reduce(.command(.previousQuote))
        #expect(s.message?.text == "on to the last article")
    }

    @Test func sameSpeakerOnAnArticleWithoutQuotesSaysSo() {
        let quiet = Article(
            id: "quiet", path: "fixture/quiet.txt", title: "A quiet day", date: "2026-01-01", text: "Nothing was said.")
        var s = ReaderState(
            view: CorpusView(corpus: ReaderFixture.corpus(ReaderFixture.articles + [quiet])), size: Size(columns: 120, rows: 40))
        s.open(s.view.articles.firstIndex { $0.id == "quiet" }!)
        s.reduce(.command(.nextBySpeaker))
        #expect(s.message?.text == "no quotes in this article")
        s.reduce(.command(.previousBySpeaker))
        #expect(s.message?.text == "no quotes in this article")
    }

    @Test func sameSpeakerWithASingleQuoteSaysThereIsNoOther() {
        var s = state()
        s.reduce(.command(.nextQuote))
        s.reduce(.command(.nextQuote))
        #expect(s.currentQuote.flatMap { view.speaker(of: $0)?.name } == "Tom Reyes")
        let before = (s.article, s.quote)
        s.reduce(.command(.nextBySpeaker))
        #expect(s.message?.text == "no other quote by Tom Reyes")
        #expect(s.article == before.0 && s.quote == before.1)
        s.reduce(.command(.previousBySpeaker))
        #expect(s.message?.text == "no other quote by Tom Reyes")
    }

    @Test func sameSpeakerGoingRoundNamesTheSpeaker() {
        var s = state()
        // Lena Ortiz: school 1, harbour 1, harbour 3; from the last, ] goes round to the first.
        s.reduce(.command(.nextBySpeaker))
        s.reduce(.command(.nextBySpeaker))
        #expect(s.message == nil)
        s.reduce(.command(.nextBySpeaker))
        #expect(s.view.articles[s.article!].id == "school")
        #expect(s.message?.text == "back to Lena Ortiz's first quote")
        s.reduce(.command(.previousBySpeaker))
        #expect(s.message?.text == "on to Lena Ortiz's last quote")
    }
}
