import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// The French seed article (`seeds/012_port-lac-ecoles.md`, written for the project): its
/// language is detected, and every quote has the speaker and channel a reader would name.
@Suite struct FrenchSeedTests {
    /// Speaker and channel of each quote, in text order, written before saywho read the article.
    static let gold: [(speaker: String, channel: String?)] = [
        ("Paul Girard", nil),
        ("Sophie Lambert", "Facebook"),
        ("Sophie Lambert", nil),
        ("Le rectorat", nil),
        ("Paul Girard", "Courrier du Lac"),
    ]

    @Test func everyQuoteHasItsSpeakerAndChannel() throws {
        let path = TestPaths.seeds.appendingPathComponent("012_port-lac-ecoles.md").path
        let article = try #require(try ArticleLoader.loadFile(path).first)
        #expect(article.language == .french)
        let extraction = Extractor().extract(article)
        let found = extraction.quotes.map { (extraction.speaker(for: $0)?.name ?? "-", $0.attribution?.channel) }
        #expect(found.map(\.0) == Self.gold.map(\.speaker))
        #expect(found.map(\.1) == Self.gold.map(\.channel))
    }
}
