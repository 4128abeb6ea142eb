import Testing

@testable import SaywhoAttribution

/// `RuleID.clauseSubject` (`Rules/Context/ClauseSubject.swift`): the subject of the innermost clause.
@Suite struct InnerClauseSubjectTests {
    @Test(arguments: [
        RuleCase(
            "The quay cheered for Lena Ortiz, who has long seen herself as “the keeper of the old harbour.”",
            speaker: "Lena Ortiz", mention: "who", rule: .clauseSubject),
        RuleCase(
            "When Pia Lund reached the quay, she saw only a “slow disaster for the whole fleet.”", speaker: "Pia Lund",
            mention: "she", rule: .clauseSubject),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
