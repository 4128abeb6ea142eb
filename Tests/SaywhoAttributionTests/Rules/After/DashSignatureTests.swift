import Testing

@testable import SaywhoAttribution

/// `RuleID.afterSignature` (`Rules/After/DashSignature.swift`): a name after a dash signs the quote.
@Suite struct DashSignatureTests {
    @Test(arguments: [
        RuleCase(
            "“The sea gives and the sea takes.” ― Ada Brook", speaker: "Ada Brook", mention: "Ada Brook", rule: .afterSignature),
        RuleCase("“Every boat needs a harbour.” — Tom Hale.", speaker: "Tom Hale", mention: "Tom Hale", rule: .afterSignature),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
