import Testing

@testable import SaywhoAttribution

/// `RuleID.beforeCoordinatedVerbs` (`Rules/Before/CoordinatedVerbs.swift`): coordinated verbs share their subject.
@Suite struct CoordinatedVerbsTests {
    @Test(arguments: [
        RuleCase(
            "Ruth Imre compared the plan to a lottery and urged voters not to “gamble the harbour away.”", speaker: "Ruth Imre",
            mention: "Ruth Imre", rule: .beforeCoordinatedVerbs),
        RuleCase(
            "After the vote, Lena Ortiz stood up and said, “The pier belongs to everyone in this town.”", speaker: "Lena Ortiz",
            mention: "Lena Ortiz", rule: .beforeCoordinatedVerbs),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
