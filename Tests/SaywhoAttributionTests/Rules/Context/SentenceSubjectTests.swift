import Testing

@testable import SaywhoAttribution

/// `RuleID.sentenceSubject` (`Rules/Context/SentenceSubject.swift`): the subject of the sentence that holds a quoted phrase.
@Suite struct SentenceSubjectTests {
    @Test(arguments: [
        RuleCase(
            "Tom Hale keeps his boat in “the best harbour on the coast”.", speaker: "Tom Hale", mention: "Tom Hale",
            rule: .sentenceSubject),
        RuleCase(
            "Lena Ortiz made clear that she wants the trust to stop “selling the quay one plank at a time.”",
            speaker: "Lena Ortiz", mention: "Lena Ortiz", rule: .sentenceSubject),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
