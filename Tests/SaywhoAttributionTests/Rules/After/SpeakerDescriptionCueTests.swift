import Testing

@testable import SaywhoAttribution

/// `RuleID.afterSpeakerDescriptionCue` (`Rules/After/SpeakerDescriptionCue.swift`): a name, an unclosed description, then the cue.
@Suite struct SpeakerDescriptionCueTests {
    @Test(arguments: [
        RuleCase(
            "“The tide waits for nobody,” Ada Brook, the harbour master who ran the port for a decade said.",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .afterSpeakerDescriptionCue),
        RuleCase(
            "“The nets are empty,” Tom Hale, a skipper who has fished the bay since boyhood told the council.",
            speaker: "Tom Hale", mention: "Tom Hale", rule: .afterSpeakerDescriptionCue),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
