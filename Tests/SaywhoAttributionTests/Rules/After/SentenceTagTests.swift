import Testing

@testable import SaywhoAttribution

/// `RuleID.afterSentenceTag` (`Rules/After/SentenceTag.swift`): a speech tag closing the sentence.
@Suite struct SentenceTagTests {
    @Test(arguments: [
        RuleCase(
            "The crowd was “calm and cheerful” before the storm, she said.", speaker: "Unidentified speaker", mention: "she",
            rule: .afterSentenceTag),
        RuleCase(
            "The quay was “never busier” in the council's view, said Ann Lowe.", speaker: "Ann Lowe", mention: "Ann Lowe",
            rule: .afterSentenceTag),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
