import Testing

@testable import SaywhoAttribution

/// `RuleID.ownerOfClaim` (`Rules/Context/OwnerOfClaim.swift`): the owner of a noun of speech.
@Suite struct OwnerOfClaimTests {
    @Test(arguments: [
        RuleCase(
            "The fact-checkers seized on Hale's claim that there were “nine hundred boats” in the bay.", speaker: "Hale",
            mention: "Hale's", rule: .ownerOfClaim),
        RuleCase(
            "Nobody on the quay believed Brook's promise that the ferry would be “free for children” this summer.",
            speaker: "Brook", mention: "Brook's", rule: .ownerOfClaim),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
