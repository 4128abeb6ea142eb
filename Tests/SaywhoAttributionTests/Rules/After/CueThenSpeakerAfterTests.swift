import Testing

@testable import SaywhoAttribution

/// `RuleID.afterCueThenSpeaker` (`Rules/After/CueThenSpeakerAfter.swift`): a cue then its speaker after the quote.
@Suite struct CueThenSpeakerAfterTests {
    @Test(arguments: [
        RuleCase(
            "“The bridge will open in May,” said Jane Roe, the county engineer.", speaker: "Jane Roe", mention: "Jane Roe",
            rule: .afterCueThenSpeaker),
        RuleCase(
            "“We sail at six,” said 24/7 deckhand Lia Moss.", speaker: "Lia Moss", mention: "Lia Moss", rule: .afterCueThenSpeaker
        ),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
