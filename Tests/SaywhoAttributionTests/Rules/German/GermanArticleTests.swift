import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// A short German article written for the project, in »…« marks, with its gold written
/// before saywho read it: speakers, mentions and channels across paragraphs.
@Suite struct GermanArticleTests {
    static let text = """
        Die Landesregierung will die Kliniken im Norden mit 40 Millionen Euro stärken. Gesundheitsministerin Katrin Albers stellte das Programm am Mittwoch in Kiel vor.

        »Kein Krankenhaus an der Küste wird geschlossen«, sagte Albers. Die Häuser in Lenstedt und Marbeck sollen neue Stationen bekommen.

        Der Ärzteverband begrüßte den Plan, mahnte aber zur Eile. »Das Geld muss noch in diesem Jahr ankommen«, betonte Verbandschef Prof. Lars Henning. Im Interview mit dem Nordfunk ergänzte er: »Sonst verlieren wir weitere Pflegekräfte.«

        Nach Angaben von Albers sind bislang »rund 120 Stellen unbesetzt«. Die Opposition hält das Programm für zu klein. Auf X schrieb die Abgeordnete Svenja Lorenz: »Das ist ein Tropfen auf den heißen Stein.«

        »Wir werden jeden Euro prüfen«, sagte die Ministerin der Kieler Rundschau.
        """

    static let gold: [(speaker: String, mention: String, channel: String?)] = [
        ("Katrin Albers", "Albers", nil),
        ("Lars Henning", "Verbandschef Prof. Lars Henning", nil),
        ("Lars Henning", "er", "Interview mit Nordfunk"),
        ("Katrin Albers", "Albers", nil),
        ("Svenja Lorenz", "die Abgeordnete Svenja Lorenz", "X"),
        ("Katrin Albers", "die Ministerin", "Kieler Rundschau"),
    ]

    @Test func everyQuoteHasItsSpeakerMentionAndChannel() {
        let (article, extraction) = extractText(Self.text)
        #expect(article.language == .german)
        let found = extraction.quotes.map { quote in
            (extraction.speaker(for: quote)?.name ?? "-", quote.attribution?.mention ?? "-", quote.attribution?.channel)
        }
        #expect(found.map(\.0) == Self.gold.map(\.speaker))
        #expect(found.map(\.1) == Self.gold.map(\.mention))
        #expect(found.map(\.2) == Self.gold.map(\.channel))
    }

    /// A second article: a separable verb (teilte … mit), an unnamed spokesman, a colon that
    /// introduces the next paragraph, and a statement carried within its paragraph.
    static let harbour = """
        Im Hafen von Nordhafen ist am Dienstagabend ein Frachter auf Grund gelaufen. Verletzt wurde niemand.

        „Das Schiff liegt stabil, es tritt kein Öl aus“, teilte die Wasserschutzpolizei am Mittwoch mit. Die Bergung soll am Wochenende beginnen.

        „Wir prüfen, ob die Fahrrinne ausreichend vertieft war“, erklärte ein Sprecher der Stadt. Für die Fischer kommt der Unfall zur Unzeit. Hafenmeisterin Ilka Brandes sagte:

        „Die Kutter können nur noch bei Flut auslaufen. Jeder Tag kostet die Betriebe Geld.“

        Brandes forderte eine schnelle Lösung. „Wir brauchen die Rinne bis Ostern zurück“, sagte sie. „Sonst verlieren wir die Saison.“
        """

    static let harbourGold: [String] = [
        "Wasserschutzpolizei",
        "Ein Sprecher der Stadt",  // the city in the genitive belongs to the speaker
        "Ilka Brandes",
        "Ilka Brandes",
        "Ilka Brandes",
    ]

    @Test func secondArticleSpeakers() {
        let (article, extraction) = extractText(Self.harbour)
        #expect(article.language == .german)
        let found = extraction.quotes.map { extraction.speaker(for: $0)?.name ?? "-" }
        #expect(found == Self.harbourGold)
    }
}
