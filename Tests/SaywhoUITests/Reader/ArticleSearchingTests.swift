import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// `/` in the article list goes through the corpus' full-text search when it has one.
@Suite struct ArticleSearchingTests {
    /// A search that knows which articles each query finds, and counts how often it is asked.
    final class Searcher: ArticleSearching, @unchecked Sendable {
        let answers: [String: Set<Int>]
        private let lock = NSLock()
        private(set) var asked: [String] = []

        init(_ answers: [String: Set<Int>]) { self.answers = answers }

        func articles(matching query: String) -> Set<Int>? {
            lock.withLock { asked.append(query) }
            return query.trimmingCharacters(in: .whitespaces).isEmpty ? nil : answers[query, default: []]
        }
    }

    func ids(_ s: ReaderState) -> [String] { s.visibleArticles.map { s.view.articles[$0].id } }

    func searching(_ query: String, in view: CorpusView) -> ReaderState {
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        s.reduce(.command(.focusPrevious))
        s.reduce(.command(.search))
        for c in query { s.reduce(.type(c)) }
        s.reduce(.command(.open))
        return s
    }

    @Test func theListShowsWhatTheSearchFinds() {
        let corpus = ReaderFixture.corpus
        let harbour = corpus.articles.firstIndex { $0.id == "harbour" }!
        let storm = corpus.articles.firstIndex { $0.id == "storm" }!
        // The typed text is in no title or text: only the search finds these articles.
        let searcher = Searcher(["\"harbour plan\" OR storm": [harbour, storm]])
        let s = searching("\"harbour plan\" OR storm", in: CorpusView(corpus: corpus, search: searcher))
        #expect(ids(s) == ["harbour", "storm"])
        #expect(s.message?.text.hasPrefix("2 articles match") == true)
    }

    @Test func theSearchAndTheSpeakerFilterCombine() throws {
        let corpus = ReaderFixture.corpus
        let school = corpus.articles.firstIndex { $0.id == "school" }!
        let storm = corpus.articles.firstIndex { $0.id == "storm" }!
        var s = searching("roof", in: CorpusView(corpus: corpus, search: Searcher(["roof": [school, storm]])))
        #expect(ids(s) == ["school", "storm"])
        // Lena Ortiz is quoted in the school and the harbour articles: only the school one is in both.
        let speaker = try #require(corpus.speakers.first { $0.name == "Lena Ortiz" })
        s.speakerFilter = speaker.id
        #expect(ids(s) == ["school"])
    }

    @Test func aSearchWithoutWordsListsEverything() {
        let s = searching("  ", in: CorpusView(corpus: ReaderFixture.corpus, search: Searcher([:])))
        #expect(ids(s).count == 3)
    }
}
