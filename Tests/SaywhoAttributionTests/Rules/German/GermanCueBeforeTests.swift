import Testing

@testable import SaywhoAttribution

/// `RuleID.germanCueBefore` (`Rules/German/GermanCueBefore.swift`): Brandtner sagte: „…“ and Dazu sagte sie: „…“.
@Suite struct GermanCueBeforeTests {
    @Test(arguments: [
        RuleCase(
            "Brandtner sagte: „Wir bauen die Brücke bis 2028.“", speaker: "Brandtner", mention: "Brandtner",
            rule: .germanCueBefore),
        RuleCase(
            "Im Interview mit dem Heimatfunk sagte Kessler: „Das war ein Fehler.“", speaker: "Kessler", mention: "Kessler",
            channel: "Interview mit Heimatfunk", rule: .germanCueBefore),
        RuleCase(
            "Die Stadtwerke Nordhafen erklärten in einer Pressemitteilung: „Die Versorgung ist für alle Haushalte gesichert.“",
            speaker: "Stadtwerke Nordhafen", mention: "Die Stadtwerke Nordhafen", channel: "Pressemitteilung",
            rule: .germanCueBefore),
        RuleCase(
            "Auf X schrieb die Abgeordnete Mira Olsen: „Heute ist ein guter Tag für den Norden.“", speaker: "Mira Olsen",
            mention: "die Abgeordnete Mira Olsen", channel: "X", rule: .germanCueBefore),
        RuleCase(
            "Frau Olsen war nicht überrascht. Dazu sagte sie der Rhein-Zeitung: „Wir warten ab.“", speaker: "Olsen",
            mention: "sie",
            channel: "Rhein-Zeitung", rule: .germanCueBefore),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
