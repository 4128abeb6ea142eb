import Testing

@testable import SaywhoAttribution

/// `RuleID.beforeSpeakerAndColon` (`Rules/Before/SpeakerAndColon.swift`): a name and a colon.
@Suite struct SpeakerAndColonTests {
    @Test(arguments: [
        RuleCase(
            "Ada Brook: “The harbour stays open.”", speaker: "Ada Brook", mention: "Ada Brook", rule: .beforeSpeakerAndColon),
        RuleCase(
            "THE VOTE IS IN - Tom Hale and Lena Ortiz: “We accept the result.”", speaker: "Tom Hale Lena Ortiz",
            mention: "Tom Hale and Lena Ortiz", rule: .beforeSpeakerAndColon),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
