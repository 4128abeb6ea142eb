import Testing

@testable import SaywhoAttribution

/// `RuleID.paragraphAfterColon` (`Rules/Context/ParagraphAfterColon.swift`): a quote paragraph after a paragraph ending in a colon.
@Suite struct ParagraphAfterColonTests {
    @Test(arguments: [
        RuleCase(
            "Pia Lund said on Monday:\n\n“The boatyard will stay in the family for another generation.”", speaker: "Pia Lund",
            mention: "Pia Lund", rule: .paragraphAfterColon),
        RuleCase(
            "The harbour master told reporters:\n\n“Nobody sails until the wind drops below forty knots.”",
            speaker: "The harbour master", mention: "The harbour master", rule: .paragraphAfterColon),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
