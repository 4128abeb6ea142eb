import Foundation
import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

/// The product's sample article: the table every engine change must keep.
@Suite struct SeedArticleTests {
    let article: Article
    let extraction: ArticleExtraction

    init() throws {
        article = try ArticleLoader.loadFile(TestPaths.seedArticle.path)[0]
        extraction = Extractor().extract(article)
    }

    @Test func headerDateIsMetadataNotTitle() {
        #expect(article.date == "2020-07-22")
        #expect(article.title.hasPrefix("Kim Kardashian has broken her silence"))
        #expect(!article.text.contains("date 2020"))
    }

    @Test func everyQuoteHasTheExpectedSpeakerAndChannel() {
        let rows = extraction.rows(in: article)
        let expected: [(prefix: String, speaker: String, channel: String)] = [
            ("“As many of you know", "Kim Kardashian", "Instagram Story"),
            ("“Those that understand mental illness", "Kim Kardashian", "Instagram Story"),
            ("“I understand Kanye is subject to criticism", "Kim Kardashian", "Instagram Story"),
            ("“Those who are close with Kanye", "Kim Kardashian", "Instagram Story"),
            ("“Living with bi-polar disorder", "Kim Kardashian", "Instagram Story"),
            ("“We as a society", "Kim Kardashian", "Instagram Story"),
            ("“Kim is going through a lot", "A source", "Entertainment Tonight"),
            ("“Kim wants to help Kanye", "A source", "Entertainment Tonight"),
            ("“Kim is taking this time", "A source", "Entertainment Tonight"),
            ("“Kim is surrounded by her family", "A source", "Entertainment Tonight"),
        ]
        #expect(rows.count == expected.count, "\(rows)")
        for (row, want) in zip(rows, expected) {
            #expect(row.text.hasPrefix(want.prefix), "\(row)")
            #expect(row.speaker == want.speaker, "\(row)")
            #expect(row.channel == want.channel, "\(row)")
        }
    }

    @Test func statementRunningOnIntoTheNextParagraphIsOneQuoteWithTwoSegments() {
        let quote = extraction.quotes[2]
        #expect(quote.segments.count == 2)
        #expect(quote.text(in: article).contains("strong opinions and emotions.\n“He is a brilliant"))
    }

    @Test func speakersAreKimAndOneUnnamedSourceNeverKanye() {
        let names = extraction.speakers.map(\.name)
        #expect(names == ["Kim Kardashian", "A source"])
        #expect(extraction.speakers[1].kind == .unnamed)
        #expect(extraction.speakers[1].matches(alias: "the source"))
        #expect(extraction.speakers[0].kind == .person)
        #expect(!names.contains { $0.contains("Kanye") })
    }
}
