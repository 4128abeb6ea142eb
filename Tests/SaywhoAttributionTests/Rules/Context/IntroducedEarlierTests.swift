import Testing

@testable import SaywhoAttribution

/// `RuleID.introducedEarlier` (`Rules/Context/IntroducedEarlier.swift`): an introduction that names a speaker and a channel.
@Suite struct IntroducedEarlierTests {
    @Test(arguments: [
        RuleCase(
            "Ada Brook took to Instagram on Wednesday to answer her critics.\n\n“I have spent twenty years keeping this harbour open for everyone.”",
            speaker: "Ada Brook", mention: "Ada Brook", channel: "Instagram", rule: .introducedEarlier),
        RuleCase(
            "The harbour trust issued a statement on Friday.\n\n“The pier will stay closed until the engineers have finished their survey.”",
            speaker: "The harbour trust", mention: "The harbour trust", channel: "a statement", rule: .introducedEarlier),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
