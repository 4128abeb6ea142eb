import Testing

@testable import SaywhoAttribution

/// `RuleID.afterSpeakerThenCue` (`Rules/After/SpeakerThenCueAfter.swift`): a speaker then its cue after the quote.
@Suite struct SpeakerThenCueAfterTests {
    @Test(arguments: [
        RuleCase(
            "“We are not done yet,” Tom Hale said on Tuesday.", speaker: "Tom Hale", mention: "Tom Hale",
            rule: .afterSpeakerThenCue),
        RuleCase(
            "“Is anyone listening?” a narrator in the harbour ad asks.", speaker: "A narrator in the harbour ad",
            mention: "a narrator in the harbour ad", rule: .afterSpeakerThenCue),
        RuleCase(
            "“The ice is gone.” Tom Hale said on Monday.", speaker: "Tom Hale", mention: "Tom Hale", rule: .afterSpeakerThenCue),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
