import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// The German seed article (`seeds/011_krummsand-faehre.md`, written for the project): its
/// language is detected, and every quote has the speaker and channel a reader would name.
@Suite struct GermanSeedTests {
    /// Speaker and channel of each quote, in text order, written before saywho read the article.
    static let gold: [(speaker: String, channel: String?)] = [
        ("Jonas Kettler", nil),
        ("Hanna Wiegand", nil),
        ("Hanna Wiegand", "Inselboten"),
        ("Till Asmussen", "Pressemitteilung"),
        ("Merle Tamsen", nil),
        ("Merle Tamsen", nil),
        ("Merle Tamsen", "Instagram"),
        ("Jonas Kettler", "Rundschau"),
    ]

    @Test func everyQuoteHasItsSpeakerAndChannel() throws {
        let path = TestPaths.seeds.appendingPathComponent("011_krummsand-faehre.md").path
        let article = try #require(try ArticleLoader.loadFile(path).first)
        #expect(article.language == .german)
        let extraction = Extractor().extract(article)
        let found = extraction.quotes.map { (extraction.speaker(for: $0)?.name ?? "-", $0.attribution?.channel) }
        #expect(found.map(\.0) == Self.gold.map(\.speaker))
        #expect(found.map(\.1) == Self.gold.map(\.channel))
        #expect(Set(extraction.speakers.map(\.name)) == ["Jonas Kettler", "Hanna Wiegand", "Till Asmussen", "Merle Tamsen"])
    }
}
