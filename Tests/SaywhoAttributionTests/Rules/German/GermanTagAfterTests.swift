import Testing

@testable import SaywhoAttribution

/// `RuleID.germanTagAfter` (`Rules/German/GermanTagAfter.swift`): „…“, sagte Brandtner.
@Suite struct GermanTagAfterTests {
    @Test(arguments: [
        RuleCase(
            "„Wir lassen niemanden im Regen stehen“, sagte Brandtner.", speaker: "Brandtner", mention: "Brandtner",
            rule: .germanTagAfter),
        RuleCase("„Der Hafen bleibt offen“, so Kessler.", speaker: "Kessler", mention: "Kessler", rule: .germanTagAfter),
        RuleCase(
            "Landrätin Eva Brandtner stellte am Montag den Plan vor. „Wir lassen niemanden im Regen stehen“, betonte die Landrätin.",
            speaker: "Eva Brandtner", mention: "die Landrätin", rule: .germanTagAfter),
        RuleCase(
            "„Wir prüfen alle Optionen“, erklärte Dr. Tobias Lindqvist, Leiter des Klärwerks.", speaker: "Tobias Lindqvist",
            mention: "Dr. Tobias Lindqvist", rule: .germanTagAfter),
        RuleCase(
            "„Der Zeitplan hält“, sagte Herr Ostermann.", speaker: "Ostermann", mention: "Herr Ostermann", rule: .germanTagAfter),
        RuleCase(
            "Die Bürgermeisterin Jana Voss legte den Haushalt vor. „Das Geld ist da“, sagte sie der Rhein-Zeitung.",
            speaker: "Jana Voss", mention: "sie", channel: "Rhein-Zeitung", rule: .germanTagAfter),
        RuleCase(
            "Der Fährmann Paul Grieger wartet seit Stunden am Kai. „Niemand sagt uns etwas“, sagte er.", speaker: "Paul Grieger",
            mention: "er", rule: .germanTagAfter),
        RuleCase(
            "„Bis Freitag ist die Straße frei“, sagte Bauamtsleiter Henrik Sommer auf X.", speaker: "Henrik Sommer",
            mention: "Bauamtsleiter Henrik Sommer", channel: "X", rule: .germanTagAfter),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }

    /// A woman named with her title and a man with his: each pronoun finds the person of its gender.
    @Test func pronounsFollowTheGenderTheTitlesGive() {
        RuleCase(
            "Frau Olsen und Herr Brückner trafen sich im Rathaus. „Wir sind uns einig“, sagte er. „Noch nicht ganz“, sagte sie.",
            quote: 0, speaker: "Brückner", mention: "er", rule: .germanTagAfter
        ).check()
        RuleCase(
            "Frau Olsen und Herr Brückner trafen sich im Rathaus. „Wir sind uns einig“, sagte er. „Noch nicht ganz“, sagte sie.",
            quote: 1, speaker: "Olsen", mention: "sie", rule: .germanTagAfter
        ).check()
    }

    /// A surname after the full name is the full name.
    @Test func surnameIsTheFullName() {
        RuleCase(
            "Die Ministerin Eva Brandtner besuchte die Werft. „Die Arbeit ist nicht umsonst“, sagte Brandtner.",
            speaker: "Eva Brandtner", mention: "Brandtner", rule: .germanTagAfter
        ).check()
    }
}
