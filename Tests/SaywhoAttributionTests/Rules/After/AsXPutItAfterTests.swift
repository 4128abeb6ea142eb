import Testing

@testable import SaywhoAttribution

/// `RuleID.afterAsXPutIt` (`Rules/After/AsXPutItAfter.swift`): "as X put it" later in the sentence.
@Suite struct AsXPutItAfterTests {
    @Test(arguments: [
        RuleCase(
            "The repairs were “long overdue,” as Ms. Lund put it.", speaker: "Lund", mention: "Ms. Lund", rule: .afterAsXPutIt),
        RuleCase(
            "The ferry is “the spine of the island,” as the council's report puts it.", speaker: "The council's report",
            mention: "the council's report", rule: .afterAsXPutIt),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
