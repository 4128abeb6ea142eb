import Testing

@testable import SaywhoAttribution

/// `RuleID.beforeOuterSpeaker` (`Rules/Before/OuterSpeaker.swift`): the outer reporter owns quoted complements.
@Suite struct OuterSpeakerTests {
    @Test(arguments: [
        RuleCase(
            "Pia Lund said that Hale once described the deal as “a bargain for nobody.”", speaker: "Pia Lund",
            mention: "Pia Lund", rule: .beforeOuterSpeaker),
        RuleCase(
            "Ada Brook told reporters the skipper had called the storm “the worst in forty years.”", speaker: "Ada Brook",
            mention: "Ada Brook", rule: .beforeOuterSpeaker),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
