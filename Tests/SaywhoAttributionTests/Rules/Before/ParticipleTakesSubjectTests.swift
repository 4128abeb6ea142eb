import Testing

@testable import SaywhoAttribution

/// `RuleID.beforeParticipleTakesSubject` (`Rules/Before/ParticipleTakesSubject.swift`): a participle takes the sentence's subject.
@Suite struct ParticipleTakesSubjectTests {
    @Test(arguments: [
        RuleCase(
            "In March, the governor vetoed the bill, calling it “a gift to nobody.”", speaker: "The governor",
            mention: "the governor", rule: .beforeParticipleTakesSubject),
        RuleCase(
            "Lena Ortiz left the hall early, saying “the vote was decided before we arrived.”", speaker: "Lena Ortiz",
            mention: "Lena Ortiz", rule: .beforeParticipleTakesSubject),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
