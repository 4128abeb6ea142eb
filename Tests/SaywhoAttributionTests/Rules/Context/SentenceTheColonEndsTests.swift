import SaywhoCore
import Testing

@testable import SaywhoAttribution

/// `RuleID.colonSentenceSubject` (`Rules/Context/SentenceTheColonEnds.swift`): the subject of the
/// sentence a colon ends. The local rule `.beforeColonSentenceSubject` reads the same subject
/// first, so the whole engine never reaches this one (it fired on no quote of train or dev);
/// the rule is asked directly here.
@Suite struct SentenceTheColonEndsTests {
    @Test(arguments: [
        ("When she spoke of the fleet, Ada Brook offered this sound bite: “Boats, not bonds.”", "Ada Brook"),
        ("After the storm, Tom Hale had one request for the council: “Fix the breakwater.”", "Tom Hale"),
    ])
    func namesTheSubject(text: String, mention: String) {
        let rules = attributionRules(for: text)
        let (p, t) = rules.frame.location[0][0]
        let found = rules.sentenceTheColonEnds(p, from: rules.frame.sentenceStart(p, before: t), quote: t)
        #expect(found?.rule == .colonSentenceSubject)
        #expect(found.map { rules.frame.text(rules.frame.range(p, $0.mention.lowerBound, $0.mention.upperBound)) } == mention)
        #expect(found?.confidence == RuleSet.english.confidence(.colonSentenceSubject))
    }

    @Test func aQuoteThatOpensItsSentenceHasNoColonSentence() {
        let rules = attributionRules(for: "“Boats, not bonds.” Ada Brook said it twice.")
        let (p, t) = rules.frame.location[0][0]
        #expect(rules.sentenceTheColonEnds(p, from: rules.frame.sentenceStart(p, before: t), quote: t) == nil)
    }
}
