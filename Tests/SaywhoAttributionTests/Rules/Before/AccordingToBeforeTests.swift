import Testing

@testable import SaywhoAttribution

/// `RuleID.beforeAccordingTo` (`Rules/Before/AccordingToBefore.swift`): "according to X" before the quote.
@Suite struct AccordingToBeforeTests {
    @Test(arguments: [
        RuleCase(
            "According to harbour master Ada Brook, the ferry “will run again by spring.”", speaker: "Ada Brook",
            mention: "Ada Brook", rule: .beforeAccordingTo),
        RuleCase(
            "According to the port authority, the pier is “safe for foot traffic.”", speaker: "The port authority",
            mention: "the port authority", rule: .beforeAccordingTo),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
