import Foundation
import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// The attribution pane names the speaker's kind, channel, cue and evidence in the article's language.
@Suite struct AttributionLabelsTests {
    /// The pane's lines for the first quote of `text`, an article in `language`, `width` columns wide.
    func paneLines(_ text: String, language: Language, width: Int = 40) -> [String] {
        let article = Article(id: "a", path: "a.md", title: "A", language: language, text: text)
        let corpus = Corpus(articles: [article], extractor: Extractor())
        var state = ReaderState(view: CorpusView(corpus: corpus), size: Size(columns: 120, rows: 40))
        state.reduce(.command(.nextQuote))
        var buffer = CellBuffer(width: width, height: 30)
        state.attributionLines(width: width).render(into: &buffer, rect: buffer.bounds, from: 0)
        return buffer.lines().map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
    }

    @Test func aGermanQuoteShowsGermanLabels() {
        let lines = paneLines(
            "„Wir brauchen eine Notverbindung, mindestens zweimal am Tag“, sagte Bürgermeisterin Hanna Wiegand in einer Pressemitteilung.",
            language: .german)
        #expect(lines.contains("Sprecher   Hanna Wiegand"))
        #expect(lines.contains("Art        Person"))
        #expect(lines.contains("Kanal      Pressemitteilung"))
        #expect(lines.contains("Verb       sagte"))
        #expect(lines.contains("Beleg"))
        #expect(!lines.contains { $0.hasPrefix("Speaker") || $0.hasPrefix("Channel") })
    }

    @Test func aJapaneseQuoteShowsJapaneseLabelsAlignedByWidth() {
        let lines = paneLines("大川市長は記者会見で「安全を何よりも優先しなければならない」と述べた。", language: .japanese)
        let speaker = lines.first { $0.hasPrefix("発言者") }
        #expect(speaker != nil)
        // Wide labels take two columns a character: the value still starts at column 11.
        if let speaker { #expect(DisplayWidth.of(String(speaker.prefix(while: { $0 != "大" }))) == 11) }
        #expect(lines.contains { $0.hasPrefix("種別") })
        #expect(lines.contains { $0.hasPrefix("根拠") })
    }

    @Test func anEnglishQuoteKeepsEnglishLabels() {
        let lines = paneLines("“We will sail on,” said Mayor Ada Brook in a statement.", language: .english)
        #expect(lines.contains("Speaker    Ada Brook"))
        #expect(lines.contains("Kind       person"))
        #expect(lines.contains("Evidence"))
    }

    @Test func everyLanguageHasItsOwnLabelsAndEnglishIsTheFallback() {
        let tables = [Language.german, .french, .spanish, .japanese].map(AttributionLabels.for)
        #expect(Set(tables.map(\.speaker)).count == 4)
        #expect(AttributionLabels.for(Language(rawValue: "it")) == .english)
        for table in tables + [.english] {
            for label in [table.speaker, table.mention, table.kind, table.channel, table.cue, table.confidence, table.why] {
                #expect(DisplayWidth.of(label) <= 10, "\(label)")
            }
        }
    }
}
