import Testing

@testable import SaywhoAttribution

/// `RuleID.sameParagraph` (`Rules/Context/SameParagraph.swift`): the latest attributed quote of the paragraph speaks on.
@Suite struct SameParagraphTests {
    @Test(arguments: [
        RuleCase(
            "“The ferry runs at six,” Ada Brook said. “And the last boat leaves at ten every evening.”", quote: 1,
            speaker: "Ada Brook", mention: "Ada Brook", rule: .sameParagraph),
        RuleCase(
            "“The quay is closed,” Tom Hale said. “The repairs will take a few weeks at most, and then we reopen.”", quote: 1,
            speaker: "Tom Hale", mention: "Tom Hale", rule: .sameParagraph),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
