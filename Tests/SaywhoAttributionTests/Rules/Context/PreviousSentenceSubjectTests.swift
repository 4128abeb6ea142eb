import Testing

@testable import SaywhoAttribution

/// `RuleID.previousSentenceSubject` (`Rules/Context/PreviousSentenceSubject.swift`): the subject of the sentence before.
@Suite struct PreviousSentenceSubjectTests {
    @Test(arguments: [
        RuleCase(
            "Tom Hale touted his record on the quay. “Nine years without a single day of closure for the ferry.”",
            speaker: "Tom Hale", mention: "Tom Hale", rule: .previousSentenceSubject),
        RuleCase(
            "Lena Ortiz spent the morning on the breakwater. “This wall has saved the town more times than anyone can count.”",
            speaker: "Lena Ortiz", mention: "Lena Ortiz", rule: .previousSentenceSubject),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
