import Testing

@testable import SaywhoAttribution

/// `RuleID.beforeColonSentenceSubject` (`Rules/Before/ColonSentenceSubjectBefore.swift`): the subject of a sentence that a colon ends.
@Suite struct ColonSentenceSubjectBeforeTests {
    @Test(arguments: [
        RuleCase(
            "Tom Hale has been a fixture at the quay with a simple message: “Keep the ferry running.”", speaker: "Tom Hale",
            mention: "Tom Hale", rule: .beforeColonSentenceSubject),
        RuleCase(
            "In the end, Ada Brook had this for the board: “Boats, not bonds, keep a harbour alive.”", speaker: "Ada Brook",
            mention: "Ada Brook", rule: .beforeColonSentenceSubject),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
