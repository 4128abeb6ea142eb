import Testing

@testable import SaywhoAttribution

/// `RuleID.previousSpeechTag` (`Rules/Context/PreviousSpeechTag.swift`): the speech tag of the sentence before.
@Suite struct PreviousSpeechTagTests {
    @Test(arguments: [
        RuleCase(
            "The ferry will keep its timetable, Ada Brook said. “Nobody should have to plan their week around a broken boat.”",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .previousSpeechTag),
        RuleCase(
            "The quay will reopen in May, the harbour master said. “The engineers have found nothing that cannot be mended.”",
            speaker: "The harbour master", mention: "the harbour master", rule: .previousSpeechTag),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
