import Testing

@testable import SaywhoAttribution

/// `RuleID.germanAccordingTo` (`Rules/German/GermanAccordingTo.swift`): laut X, nach Angaben X, X zufolge.
@Suite struct GermanAccordingToTests {
    @Test(arguments: [
        RuleCase(
            "Laut Polizeisprecher Jan Hollmann war die Lage „zu keinem Zeitpunkt außer Kontrolle“.", speaker: "Jan Hollmann",
            mention: "Polizeisprecher Jan Hollmann", rule: .germanAccordingTo),
        RuleCase(
            "Nach Angaben der Feuerwehr war das Feuer „nach einer Stunde ganz unter Kontrolle“.", speaker: "Feuerwehr",
            mention: "der Feuerwehr", rule: .germanAccordingTo),
        RuleCase(
            "Der Polizei zufolge gab es „keine Verletzten an Bord der Fähre“.", speaker: "Polizei", mention: "Der Polizei",
            rule: .germanAccordingTo),
    ])
    func namesTheSource(_ example: RuleCase) { example.check() }
}
