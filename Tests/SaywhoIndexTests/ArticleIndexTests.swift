import Foundation
import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoIndex

@Suite struct ArticleIndexTests {
    @Test func anUnchangedFileIsNotReadAgainAndAChangedOneIs() throws {
        let fixture = try IndexFixture(["a.md": IndexFixture.harbour, "b.txt": IndexFixture.ferry, "c.md": IndexFixture.german])
        let index = try fixture.index()
        let first = try fixture.refresh(index)
        #expect(first.files == 3)
        #expect(first.indexed == 3)
        #expect(first.unchanged == 0)
        #expect(first.articles == 3)

        let second = try fixture.refresh(index)
        #expect(second.indexed == 0)
        #expect(second.unchanged == 3)

        try fixture.write("b.txt", IndexFixture.ferry + "\n\n“We will sail again on Friday,” Berg said.\n")
        let third = try fixture.refresh(index)
        #expect(third.indexed == 1)
        #expect(third.unchanged == 2)
        let corpus = try index.load([fixture.folder.path])
        let ferry = try #require(corpus.corpus.articles.firstIndex { $0.path.hasSuffix("b.txt") })
        #expect(corpus.quoteTexts[ferry].contains("“We will sail again on Friday,”"))
    }

    @Test func aFileGoneFromTheFolderLeavesTheIndex() throws {
        let fixture = try IndexFixture(["a.md": IndexFixture.harbour, "b.txt": IndexFixture.ferry])
        let index = try fixture.index()
        try fixture.refresh(index)
        try FileManager.default.removeItem(at: fixture.folder.appendingPathComponent("a.md"))
        let report = try fixture.refresh(index)
        #expect(report.removed == 1)
        #expect(report.unchanged == 1)
        #expect(try index.status(ArticleLoader.listFiles([fixture.folder.path])).articles == 1)
    }

    @Test func anotherExtractorVersionIsReadAgain() throws {
        let fixture = try IndexFixture(["a.md": IndexFixture.harbour, "b.txt": IndexFixture.ferry])
        let index = try fixture.index()
        try fixture.refresh(index)
        try index.pool.write { db in try db.execute(sql: "UPDATE file SET version = 'older' WHERE path LIKE '%a.md'") }
        #expect(try index.status(ArticleLoader.listFiles([fixture.folder.path])).stale.count == 1)
        let report = try fixture.refresh(index)
        #expect(report.indexed == 1)
        #expect(report.unchanged == 1)
    }

    @Test func theIndexGivesTheCorpusThatReadingTheFilesGives() throws {
        // Two files with one id (`brief`), unnamed sources, a German article and a bad file.
        let fixture = try IndexFixture([
            "a/brief.md": IndexFixture.harbour, "b/brief.txt": IndexFixture.ferry, "c.md": IndexFixture.german,
            "d.json": "{ not json",
        ])
        let paths = [fixture.folder.path]
        let direct = Corpus.load(paths)
        let index = try fixture.index()
        let indexed = try index.load(paths)
        #expect(indexed.corpus.articles.map(\.id) == direct.articles.map(\.id))
        #expect(indexed.corpus.articles.map(\.id).contains("brief~2"))
        for (a, b) in zip(indexed.corpus.articles, direct.articles) {
            #expect(
                [a.path, a.title, a.date, a.outlet, a.language.rawValue] == [
                    b.path, b.title, b.date, b.outlet, b.language.rawValue,
                ])
        }
        #expect(indexed.corpus.extractions == direct.extractions)
        #expect(indexed.corpus.speakers == direct.speakers)
        #expect(indexed.problems == direct.report.problems.map(\.description))
        for (i, article) in direct.articles.enumerated() {
            let scalars = Array(article.text.unicodeScalars)
            #expect(indexed.quoteTexts[i] == direct.extractions[i].quotes.map { $0.text(in: scalars) })
        }
        // Read again from the index alone: the same.
        let again = try index.load(paths)
        #expect(again.refresh.indexed == 0)
        #expect(again.corpus.extractions == direct.extractions)
        #expect(again.problems == indexed.problems)
    }

    @Test func theReaderGetsTheTextsFromTheFilesAndTheQuotesFromTheIndex() throws {
        let fixture = try IndexFixture([
            "a/brief.md": IndexFixture.harbour, "b/brief.txt": IndexFixture.ferry, "c.md": IndexFixture.german,
        ])
        let paths = [fixture.folder.path]
        let direct = Corpus.load(paths)
        let indexed = try fixture.index().load(paths)
        let corpus = try #require(indexed.withTexts(from: ArticleLoader.load(paths)))
        #expect(corpus.articles == direct.articles)
        #expect(corpus.extractions == direct.extractions)
        #expect(corpus.speakers == direct.speakers)
        // A file that changed after the index was read: the index's quotes are not used for it.
        try fixture.write("c.md", IndexFixture.harbour)
        #expect(indexed.withTexts(from: ArticleLoader.load(paths)) == nil)
    }

    @Test func theListingWithoutQuotesIsTheCorpusListing() throws {
        // Unnamed sources in two articles, and a surname alone that belongs to a full name elsewhere.
        let fixture = try IndexFixture([
            "a.md": IndexFixture.harbour, "b.txt": IndexFixture.ferry, "c.md": IndexFixture.german,
            "d.txt":
                "Quint speaks again\n\n“The fees stay where they are,” Quint said on Friday.\n\nA source said it was “a long week.”\n",
        ])
        let paths = [fixture.folder.path]
        let direct = Corpus.load(paths)
        let expected = SpeakerListing(direct)
        #expect(expected.corpus.contains { $0.speaker.name == "Ada Quint" && $0.quotes == 2 })
        let (_, listing) = try ArticleIndex.loadListing(paths, at: fixture.cache)
        #expect(listing.articles.map(\.id) == direct.articles.map(\.id))
        #expect(listing.quoteCounts == direct.extractions.map(\.quotes.count))
        #expect(listing.speakers.corpus.map(\.speaker) == expected.corpus.map(\.speaker))
        #expect(listing.speakers.corpus.map(\.quotes) == expected.corpus.map(\.quotes))
        #expect(listing.speakers.byArticle == expected.byArticle)
    }

    @Test func aCorruptIndexIsMovedAsideAndRebuilt() throws {
        let fixture = try IndexFixture(["a.md": IndexFixture.harbour])
        try FileManager.default.createDirectory(at: fixture.cache.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(repeating: 0x5A, count: 8192).write(to: fixture.cache)
        let index = try fixture.index()
        let recovery = try #require(index.recovery)
        #expect(recovery.contains("moved to index.sqlite.corrupt-"))
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.cache.deletingLastPathComponent().path)
        #expect(names.contains { $0.hasPrefix("index.sqlite.corrupt-") })
        #expect(try fixture.refresh(index).indexed == 1)
    }

    @Test func aTruncatedIndexIsMovedAsideAndRebuilt() throws {
        let fixture = try IndexFixture([
            "a.md": IndexFixture.harbour, "b.txt": IndexFixture.ferry, "c.md": IndexFixture.german,
        ])
        do {
            let index = try fixture.index()
            try fixture.refresh(index)
            try index.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        let data = try Data(contentsOf: fixture.cache)
        try data.prefix(data.count / 2).write(to: fixture.cache)
        let (index, corpus) = try ArticleIndex.load([fixture.folder.path], at: fixture.cache)
        #expect(index.recovery?.contains("moved to index.sqlite.corrupt-") == true)
        #expect(corpus.corpus.articles.count == 3)
        #expect(corpus.refresh.indexed == 3)
    }
}
