import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// The Spanish seed article (`seeds/013_puerto-claro-mercado.md`, written for the project): its
/// language is detected, and every quote has the speaker and channel a reader would name.
@Suite struct SpanishSeedTests {
    /// Speaker and channel of each quote, in text order, written before saywho read the article.
    static let gold: [(speaker: String, channel: String?)] = [
        ("Tomás Ferrer", "rueda de prensa"),
        ("Pilar Gómez", nil),
        ("Pilar Gómez", "Cadena Litoral"),
        ("Andrés Mir", "X"),
    ]

    @Test func everyQuoteHasItsSpeakerAndChannel() throws {
        let path = TestPaths.seeds.appendingPathComponent("013_puerto-claro-mercado.md").path
        let article = try #require(try ArticleLoader.loadFile(path).first)
        #expect(article.language == .spanish)
        let extraction = Extractor().extract(article)
        let found = extraction.quotes.map { (extraction.speaker(for: $0)?.name ?? "-", $0.attribution?.channel) }
        #expect(found.map(\.0) == Self.gold.map(\.speaker))
        #expect(found.map(\.1) == Self.gold.map(\.channel))
    }
}
