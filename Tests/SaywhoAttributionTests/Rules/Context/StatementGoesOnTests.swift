import Testing

@testable import SaywhoAttribution

/// `RuleID.statementGoesOn` (`Rules/Context/StatementGoesOn.swift`): a statement going on from the previous paragraph.
@Suite struct StatementGoesOnTests {
    @Test(arguments: [
        RuleCase(
            "“The ferry runs at six,” Ada Brook said.\n\n“The last boat leaves at ten every evening, whatever the weather.”",
            quote: 1, speaker: "Ada Brook", mention: "Ada Brook", rule: .statementGoesOn),
        RuleCase(
            "Tom Hale said: “The nets came back empty again.”\n\n“We have not seen a season like this in forty years of fishing.”",
            quote: 1, speaker: "Tom Hale", mention: "Tom Hale", rule: .statementGoesOn),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
