import SaywhoCore
import Testing

/// Speakers as the listings order them: most quoted first, ties by name.
@Suite struct CorpusListingTests {
    static func quote(_ n: Int, by speaker: Speaker) -> Quote {
        Quote(
            id: "q\(n)", articleID: "a", segments: [TextRange(n, n + 1)], kind: .direct,
            attribution: Attribution(
                speakerID: speaker.id, mention: speaker.name, mentionRange: TextRange(0, 1), confidence: 0.9,
                evidence: TextRange(0, 1), rule: "r"))
    }

    @Test func mostQuotedFirstThenByName() {
        let lind = Speaker(name: "Ana Lind", kind: .person)
        let park = Speaker(name: "Jo Park", kind: .person)
        let council = Speaker(name: "Harbour Council", kind: .organisation)
        let first = ArticleExtraction(
            quotes: [Self.quote(1, by: park), Self.quote(2, by: lind), Self.quote(3, by: park)], speakers: [lind, park, council])
        let second = ArticleExtraction(quotes: [Self.quote(1, by: lind), Self.quote(2, by: council)], speakers: [lind, council])
        var report = LoadReport()
        report.articles = [Article(id: "a", path: "a.txt", text: "One."), Article(id: "b", path: "b.txt", text: "Two.")]
        let corpus = Corpus(report: report, extractions: [first, second])
        #expect(corpus.speakersByQuotes(inArticle: 0).map(\.name) == ["Jo Park", "Ana Lind", "Harbour Council"])
        #expect(corpus.speakersByQuotes(inArticle: 1).map(\.name) == ["Ana Lind", "Harbour Council"])
        #expect(corpus.speakersByQuotes.map(\.speaker.name) == ["Ana Lind", "Jo Park", "Harbour Council"])
        #expect(corpus.speakersByQuotes.map(\.quotes) == [2, 2, 1])
    }
}
