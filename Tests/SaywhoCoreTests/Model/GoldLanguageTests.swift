import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

/// Detection names the language of every article of the gold sets (`Tests/Evaluation/LANG/articles`)
/// and of every seed, from the text alone: the front matter's `lang` is the answer, not the input.
@Suite struct GoldLanguageTests {
    static let evaluation = TestPaths.packageRoot.appendingPathComponent("Tests/Evaluation")
    static let languages: [Language] = [.german, .french, .spanish, .japanese]

    /// The gold articles of `language`, as the loader reads them (their metadata language included).
    static func articles(_ language: Language) -> [Article] {
        let folder = evaluation.appendingPathComponent(language.rawValue).appendingPathComponent("articles")
        return ArticleLoader.load([folder.path]).articles
    }

    @Test(arguments: languages) func everyGoldArticleIsDetectedInItsLanguage(_ language: Language) {
        let articles = Self.articles(language)
        #expect(articles.count >= 6)
        for article in articles {
            #expect(article.language == language, "\(article.id): front matter")
            #expect(Language.detect(article.text) == language, "\(article.id)")
        }
    }

    /// Short texts: the first paragraph of each gold article alone, and its first quoted sentence's
    /// paragraph, each a line or two.
    @Test(arguments: languages) func shortPiecesOfGoldArticlesAreDetected(_ language: Language) {
        for article in Self.articles(language) {
            let paragraphs = article.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            #expect(!paragraphs.isEmpty)
            for paragraph in paragraphs.prefix(2) {
                #expect(Language.detect(paragraph) == language, "\(article.id): \(paragraph.prefix(60))")
            }
        }
    }

    /// The seeds in other languages than English; every other seed is English.
    static let seedLanguages: [String: Language] = [
        "007_shiomi-bridge": .japanese, "011_krummsand-faehre": .german, "012_port-lac-ecoles": .french,
        "013_puerto-claro-mercado": .spanish,
    ]

    /// Every seed, whole and by its first two paragraphs (short texts), in the language it is written in.
    @Test func everySeedAndItsOpeningParagraphsAreDetected() {
        let seeds = ArticleLoader.load([TestPaths.seeds.path]).articles
        #expect(seeds.count >= 15)
        for article in seeds {
            let language = Self.seedLanguages[article.id] ?? .english
            #expect(Language.detect(article.text) == language, "\(article.id)")
            let paragraphs = article.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            for paragraph in paragraphs.prefix(2) where paragraph.unicodeScalars.count >= 40 {
                #expect(Language.detect(paragraph) == language, "\(article.id): \(paragraph.prefix(60))")
            }
        }
    }
}
