import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// The view's lookups answer what going through the corpus answers.
@Suite struct CorpusViewTests {
    @Test func lookupsAgreeWithTheCorpus() {
        let corpus = ReaderFixture.corpus
        let view = CorpusView(corpus: corpus)
        for (i, extraction) in corpus.extractions.enumerated() {
            for speaker in corpus.speakers {
                let quotes = extraction.quotes.contains { $0.attribution?.speakerID == speaker.id }
                #expect(view.article(i, quotes: speaker.id) == quotes)
            }
            for quote in extraction.quotes {
                #expect(view.speaker(of: quote) == quote.attribution.flatMap { corpus.speaker(id: $0.speakerID) })
            }
        }
        #expect(!view.article(0, quotes: "nobody"))
    }

    @Test func theArticleListIsWorkedOutOncePerFilterAndSearch() throws {
        let corpus = ReaderFixture.corpus
        let view = CorpusView(corpus: corpus)
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        let all = s.visibleArticles
        let speaker = try #require(corpus.speakers.first { $0.name == "Lena Ortiz" })
        s.speakerFilter = speaker.id
        let filtered = s.visibleArticles
        #expect(filtered.count < all.count)
        #expect(filtered.allSatisfy { view.article($0, quotes: speaker.id) })
        s.speakerFilter = nil
        #expect(s.visibleArticles == all)
    }
}
