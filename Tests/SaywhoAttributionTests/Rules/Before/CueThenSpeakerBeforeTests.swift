import Testing

@testable import SaywhoAttribution

/// `RuleID.beforeCueThenSpeaker` (`Rules/Before/CueThenSpeakerBefore.swift`): an inverted cue right before the quote.
@Suite struct CueThenSpeakerBeforeTests {
    @Test(arguments: [
        RuleCase(
            "Asked about the harbour dues, said Pia Lund: “We will not sell the boatyard.”", speaker: "Pia Lund",
            mention: "Pia Lund", rule: .beforeCueThenSpeaker),
        RuleCase(
            "As the hearing ended, asked Ada Brook: “Who pays for the breakwater?”", speaker: "Ada Brook", mention: "Ada Brook",
            rule: .beforeCueThenSpeaker),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
