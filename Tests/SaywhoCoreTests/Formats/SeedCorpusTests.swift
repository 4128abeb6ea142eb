import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

/// The bundled seed corpus: every file loads, every format is there, every article is dated and titled.
///
/// Attribution results are deliberately not asserted here; the engine is still changing.
@Suite struct SeedCorpusTests {
    /// The seed files, in name order, with hidden files left out.
    static func seedFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: TestPaths.seeds, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test func theSeedFolderLoadsWithoutProblemsOrSkippedFiles() {
        let report = ArticleLoader.load([TestPaths.seeds.path])
        #expect(report.problems.isEmpty, "\(report.problems.map(\.description))")
        #expect(report.skippedUnknown == 0)
        #expect(report.articles.count >= 11)
    }

    @Test(arguments: try seedFiles())
    func everySeedFileLoadsOnItsOwn(_ file: URL) throws {
        #expect(ArticleFormat(pathExtension: file.pathExtension) != nil, "\(file.lastPathComponent): unknown extension")
        let articles = try ArticleLoader.loadFile(file.path)
        #expect(!articles.isEmpty)
    }

    @Test func everyFormatIsRepresented() throws {
        let formats = Set(try Self.seedFiles().compactMap { ArticleFormat(pathExtension: $0.pathExtension) })
        #expect(formats == Set(ArticleFormat.allCases))
    }

    @Test func theJSONLinesSeedHoldsSeveralArticles() throws {
        let files = try Self.seedFiles().filter { ArticleFormat(pathExtension: $0.pathExtension) == .jsonLines }
        #expect(!files.isEmpty)
        for file in files {
            let articles = try ArticleLoader.loadFile(file.path)
            #expect((2...3).contains(articles.count), "\(file.lastPathComponent): \(articles.count) articles")
        }
    }

    @Test func everyArticleHasADateAndARealTitle() {
        let articles = ArticleLoader.load([TestPaths.seeds.path]).articles
        for article in articles {
            if let date = article.date {
                #expect(isDay(date), "\(article.id): date \(date) is not YYYY-MM-DD")
            } else {
                Issue.record("\(article.id) has no date")
            }
            #expect(!article.title.isEmpty && article.title != "(untitled)", "\(article.id) has no title")
            #expect(!article.title.lowercased().hasPrefix("date "), "\(article.id): title \(article.title)")
            #expect(!article.text.hasPrefix("date "), "\(article.id): the date header stayed in the body")
        }
    }

    @Test func seedIDsAreUnique() {
        let ids = ArticleLoader.load([TestPaths.seeds.path]).articles.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(!ids.contains { $0.contains("~") }, "ids were disambiguated: \(ids)")
    }

    @Test func theSeedsSpanSeveralYearsAndOutlets() {
        let articles = ArticleLoader.load([TestPaths.seeds.path]).articles
        let years = Set(articles.compactMap { $0.date?.prefix(4) })
        #expect(years.isSuperset(of: ["2024", "2025", "2026"]))
        #expect(Set(articles.compactMap(\.outlet)).count >= 3)
    }

    @Test func theCJKArticleKeepsItsQuotationMarks() {
        let articles = ArticleLoader.load([TestPaths.seeds.path]).articles
        let cjk = articles.filter { article in
            article.text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
        }
        #expect(!cjk.isEmpty)
        #expect(cjk.contains { $0.text.contains("「") || $0.text.contains("“") })
    }

    /// No seed names its language: each is detected, the Japanese, German, French and Spanish ones included.
    @Test func everySeedIsDetectedInItsLanguage() {
        let articles = ArticleLoader.load([TestPaths.seeds.path]).articles
        let languages = Dictionary(articles.map { ($0.id, $0.language) }, uniquingKeysWith: { a, _ in a })
        #expect(languages["007_shiomi-bridge"] == .japanese)
        #expect(languages["011_krummsand-faehre"] == .german)
        #expect(languages["012_port-lac-ecoles"] == .french)
        #expect(languages["013_puerto-claro-mercado"] == .spanish)
        let others = articles.filter {
            !["007_shiomi-bridge", "011_krummsand-faehre", "012_port-lac-ecoles", "013_puerto-claro-mercado"].contains($0.id)
        }
        #expect(others.count >= 11)
        for article in others { #expect(article.language == .english, "\(article.id)") }
    }

    @Test func theProductSampleIsStillThere() throws {
        let articles = try ArticleLoader.loadFile(TestPaths.seedArticle.path)
        #expect(articles.count == 1)
        #expect(articles.first?.date == "2020-07-22")
    }
}

/// True when `date` is exactly `YYYY-MM-DD`.
private func isDay(_ date: String) -> Bool {
    let scalars = Array(date.unicodeScalars)
    guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return false }
    return scalars.enumerated().allSatisfy { $0.offset == 4 || $0.offset == 7 || ("0"..."9").contains($0.element) }
}
