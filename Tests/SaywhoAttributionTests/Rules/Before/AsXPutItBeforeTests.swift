import Testing

@testable import SaywhoAttribution

/// `RuleID.beforeAsXPutIt` (`Rules/Before/AsXPutItBefore.swift`): "As X put it" opening the sentence.
@Suite struct AsXPutItBeforeTests {
    @Test(arguments: [
        RuleCase(
            "As Ms. Lund put it in a letter, the plan is “a lottery with our savings.”", speaker: "Lund", mention: "Ms. Lund",
            channel: "a letter", rule: .beforeAsXPutIt),
        RuleCase(
            "As the council wrote, the road is “closed until the thaw.”", speaker: "The council", mention: "the council",
            rule: .beforeAsXPutIt),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
