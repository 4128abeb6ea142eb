import Testing

@testable import SaywhoAttribution

/// `RuleID.beforeRelativePronoun` (`Rules/Before/RelativePronoun.swift`): a relative pronoun stands for the name before it.
@Suite struct RelativePronounTests {
    @Test(arguments: [
        RuleCase(
            "The plan was opposed by Lena Ortiz, who called it “a gift to the developers.”", speaker: "Lena Ortiz",
            mention: "who", rule: .beforeRelativePronoun),
        RuleCase(
            "Voters in the ward backed Tom Hale, who has in the past called the ferry “our only road.”", speaker: "Tom Hale",
            mention: "who", rule: .beforeRelativePronoun),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
