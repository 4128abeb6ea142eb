import Testing

@testable import SaywhoAttribution

/// `RuleID.beforeSpeakerThenCue` (`Rules/Before/NearestCue.swift`): the subject of the nearest cue before the quote.
@Suite struct NearestCueTests {
    @Test(arguments: [
        RuleCase(
            "Tom Hale said: “The nets came back empty again.”", speaker: "Tom Hale", mention: "Tom Hale",
            rule: .beforeSpeakerThenCue),
        RuleCase(
            "The harbour trust said in a statement that the pier “will reopen in May.”", speaker: "The harbour trust",
            mention: "The harbour trust", channel: "a statement", rule: .beforeSpeakerThenCue),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
