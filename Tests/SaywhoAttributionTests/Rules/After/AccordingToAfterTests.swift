import Testing

@testable import SaywhoAttribution

/// `RuleID.afterAccordingTo` (`Rules/After/AccordingToAfter.swift`): "according to X" later in the sentence.
@Suite struct AccordingToAfterTests {
    @Test(arguments: [
        RuleCase(
            "“The pier is unsafe” was the finding of the survey, according to the harbour trust.", speaker: "The harbour trust",
            mention: "the harbour trust", rule: .afterAccordingTo),
        RuleCase(
            "The boats left at dawn “to beat the storm,” according to a deckhand on the quay.", speaker: "A deckhand",
            mention: "a deckhand", rule: .afterAccordingTo),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
