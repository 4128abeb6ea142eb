import Foundation
import SaywhoCore
import Testing

@testable import SaywhoIndex

@Suite struct SearchTests {
    @Test(
        arguments: [
            ("harbour fees", #""harbour" "fees""#),
            (#""mooring fees" crews"#, #""mooring fees" "crews""#),
            ("harb*", #""harb"*"#),
            ("AND ( - :", #""AND""#),
            (#"say "it's"#, #""say" "it's""#),
            ("  ", nil),
            ("*", nil),
        ] as [(String, String?)])
    func aTypedSearchBecomesAQueryThatCannotFail(typed: String, fts: String?) {
        #expect(SearchQuery(typed).fts == fts)
    }

    func titles(_ query: String, in fixture: IndexFixture, _ index: ArticleIndex) throws -> [String] {
        let corpus = try index.load([fixture.folder.path])
        guard let rows = try index.search(SearchQuery(query)) else { return corpus.corpus.articles.map(\.title).sorted() }
        return corpus.articles(in: rows).map { corpus.corpus.articles[$0].title }.sorted()
    }

    @Test func searchFindsWordsPhrasesPrefixesAndAccentedText() throws {
        let fixture = try IndexFixture(["a.md": IndexFixture.harbour, "b.txt": IndexFixture.ferry, "c.md": IndexFixture.german])
        let index = try fixture.index()
        let harbour = "Harbour fees stay frozen for another year"
        let ferry = "Ferry crews walk out over rota changes"
        let german = "Fähre fällt erneut aus"
        #expect(try titles("mooring", in: fixture, index) == [harbour])
        #expect(try titles("crews", in: fixture, index) == [ferry, harbour].sorted())
        #expect(try titles(#""fishing crews""#, in: fixture, index) == [harbour])
        #expect(try titles(#""crews fishing""#, in: fixture, index) == [])
        #expect(try titles("rot*", in: fixture, index) == [ferry])
        // Quote text and titles count; case and accents do not.
        #expect(try titles("NOBODY asked", in: fixture, index) == [ferry])
        #expect(try titles("müller", in: fixture, index) == [german])
        #expect(try titles("Muller", in: fixture, index) == [german])
        #expect(try titles("fahre", in: fixture, index) == [german])
        #expect(try titles("", in: fixture, index).count == 3)
    }
}
