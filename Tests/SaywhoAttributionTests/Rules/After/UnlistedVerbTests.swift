import Testing

@testable import SaywhoAttribution

/// `RuleID.afterUnlistedVerb` (`Rules/After/UnlistedVerb.swift`): a name and a verb the lexicon lacks.
@Suite struct UnlistedVerbTests {
    @Test(arguments: [
        RuleCase("“Not on my watch,” Hale growled.", speaker: "Hale", mention: "Hale", rule: .afterUnlistedVerb),
        RuleCase(
            "“We want the ferry back!” the crowd roared back.", speaker: "The crowd", mention: "the crowd",
            rule: .afterUnlistedVerb),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
