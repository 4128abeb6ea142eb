import SaywhoCore
import Testing

/// Language from metadata, else detected from the text: short and long articles of each language.
@Suite struct LanguageTests {
    struct Sample: Sendable, CustomTestStringConvertible {
        var language: Language
        var text: String
        var testDescription: String { "\(language): \(text.prefix(40))" }
    }

    static let samples: [Sample] = [
        // Short: one line, as a headline or a brief would be.
        Sample(language: .english, text: "“We stay,” said Brandtner."),
        Sample(language: .english, text: "The ferry to Port Ellen was cancelled on Monday."),
        Sample(language: .german, text: "„Wir bleiben“, sagte Brandtner."),
        Sample(language: .german, text: "Die Fähre nach Nordhafen fällt am Montag aus."),
        Sample(language: .french, text: "« Nous restons », a-t-elle prévenu."),
        Sample(language: .french, text: "Le bac pour Port-Lac est annulé lundi."),
        Sample(language: .spanish, text: "«Nos quedamos», aseguró el concejal."),
        Sample(language: .spanish, text: "El ferry a Puerto Claro se cancela el lunes."),
        Sample(language: .japanese, text: "大川市長は「港は来月再開する」と述べた。"),
        Sample(language: .japanese, text: "潮見市のフェリーは月曜日に欠航した。"),
        // Long: several paragraphs of news.
        Sample(
            language: .english,
            text: """
                The harbour board voted on Thursday to dredge the eastern channel, ending a dispute that has kept larger
                ferries away from Port Ellen for two winters. “This is a good day for the town,” said Mayor Lena Ortiz.
                Critics were less sure. The cost, they said, would double before the work was done, and nobody had asked
                the fishermen who use the channel every morning.
                """),
        Sample(
            language: .german,
            text: """
                Der Hafenrat hat am Donnerstag beschlossen, die östliche Fahrrinne auszubaggern. Damit endet ein Streit,
                der größere Fähren seit zwei Wintern von Nordhafen fernhält. „Das ist ein guter Tag für die Stadt“, sagte
                Bürgermeisterin Lena Ortwein. Kritiker sind sich nicht so sicher: Die Kosten würden sich verdoppeln, und
                niemand habe die Fischer gefragt, die jeden Morgen durch die Rinne fahren.
                """),
        Sample(
            language: .french,
            text: """
                Le conseil du port a voté jeudi le dragage du chenal est, mettant fin à un conflit qui tient les grands
                ferries loin de Port-Lac depuis deux hivers. « C'est un bon jour pour la ville », a déclaré la maire Léa
                Ortiz. Les critiques sont moins sûrs : le coût doublera avant la fin des travaux, et personne n'a demandé
                l'avis des pêcheurs qui passent par le chenal chaque matin.
                """),
        Sample(
            language: .spanish,
            text: """
                La junta del puerto votó el jueves dragar el canal del este, lo que pone fin a una disputa que mantiene a
                los grandes ferris lejos de Puerto Claro desde hace dos inviernos. «Es un buen día para la ciudad», dijo la
                alcaldesa Lena Ortiz. Los críticos no están tan seguros: el coste se duplicará antes de terminar las obras
                y nadie ha preguntado a los pescadores que usan el canal cada mañana.
                """),
        Sample(
            language: .japanese,
            text: """
                潮見市の港湾委員会は木曜日、東側の航路を浚渫することを決めた。大型フェリーが二冬にわたって入港できなかった問題に区切りがつく。
                大川明子市長は「町にとって良い日だ」と述べた。一方、漁業者からは「費用が倍になるのではないか」と心配する声も上がっている。
                """),
    ]

    @Test(arguments: samples)
    func detectsTheLanguage(_ sample: Sample) {
        #expect(Language.detect(sample.text) == sample.language)
        #expect(Article(id: "a", path: "a.txt", text: sample.text).language == sample.language)
    }

    @Test func nothingToTellIsEnglish() {
        #expect(Language.detect("") == .english)
        #expect(Language.detect("2026 — 14:30 — 3:1") == .english)
    }

    @Test func tagsAndNamesInMetadata() {
        #expect(Language(tag: "de") == .german)
        #expect(Language(tag: "de-AT") == .german)
        #expect(Language(tag: "fr_CH") == .french)
        #expect(Language(tag: "Deutsch") == .german)
        #expect(Language(tag: "Japanese") == .japanese)
        #expect(Language(tag: "it")?.rawValue == "it")
        #expect(Language(tag: "") == nil)
        #expect(Language(tag: "not a language") == nil)
    }

    @Test func metadataOutranksDetection() throws {
        let markdown = try MarkdownFormat.parse("---\nlang: de\n---\n\nThe ferry was cancelled on Monday.\n", path: "a.md")
        #expect(markdown.language == .german)
        let json = try JSONArticleFormat.parseDocument(#"{"text": "The ferry was cancelled.", "language": "fr"}"#, path: "a.json")
        #expect(json.first?.language == .french)
        let detected = try JSONArticleFormat.parseDocument(#"{"text": "Die Fähre fällt am Montag aus."}"#, path: "b.json")
        #expect(detected.first?.language == .german)
    }

    /// Detection reads a bounded sample: an article of megabytes costs what a short one does.
    @Test func detectionReadsABoundedSample() {
        let long = String(repeating: "Die Fähre fällt am Montag aus. ", count: 100_000)
        #expect(Language.detect(long) == .german)
    }
}
