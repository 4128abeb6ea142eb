import Testing

@testable import SaywhoAttribution

/// `RuleID.transcriptLabel` (`Rules/TranscriptSpeaker.swift`): a speaker label in capitals inside the quote.
@Suite struct TranscriptSpeakerTests {
    @Test(arguments: [
        RuleCase(
            "“BROOK: Well, the ferry runs at six. HALE: And the bus at seven.”", speaker: "Brook", mention: "BROOK",
            rule: .transcriptLabel),
        RuleCase("“ORTIZ: We start the dredging in June.”", speaker: "Ortiz", mention: "ORTIZ", rule: .transcriptLabel),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
