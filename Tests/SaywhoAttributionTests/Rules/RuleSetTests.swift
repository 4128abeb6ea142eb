import SaywhoCore
import Testing

@testable import SaywhoAttribution

/// The rule set as data: every rule named once, with a confidence, and the precedence that
/// decides between two rules that both find a speaker.
@Suite struct RuleSetTests {
    @Test func everyRuleHasItsOwnWhyAndRoundTrips() {
        let texts = RuleID.allCases.map(\.why)
        #expect(Set(texts).count == texts.count)
        for rule in RuleID.allCases { #expect(RuleID(why: rule.why) == rule) }
        #expect(RuleID(why: "no such rule") == nil)
    }

    @Test func everyRuleHasAConfidenceBetweenZeroAndOne() {
        // Rules of another language's set (German) are never asked by the English one.
        for rule in RuleID.allCases where rule.language == nil {
            for grade in RuleSet.Grade.allCases {
                let c = RuleSet.english.confidence(rule, grade)
                #expect(c > 0 && c <= 1, "\(rule) \(grade)")
            }
        }
        // A grade a rule does not set falls back to its standard confidence.
        #expect(RuleSet.english.confidence(.transcriptLabel, .distant) == RuleSet.english.confidence(.transcriptLabel))
        #expect(RuleSet.english.confidence(.beforeSpeakerThenCue, .distant) < RuleSet.english.confidence(.beforeSpeakerThenCue))
    }

    @Test func everyRuleReportsACalibratedConfidenceBetweenZeroAndOne() {
        for rule in RuleID.allCases where rule.language == nil {
            for grade in RuleSet.Grade.allCases {
                let c = RuleSet.english.reported(rule, grade)
                #expect(c > 0 && c <= 1, "\(rule) \(grade)")
            }
        }
        // A rule the table does not calibrate reports its own confidence; one it does, the share right on train.
        #expect(RuleSet.english.reported(.afterAsXPutIt) == RuleSet.english.confidence(.afterAsXPutIt))
        #expect(RuleSet.english.reported(.introducedEarlier) < RuleSet.english.confidence(.introducedEarlier))
        // Another language's set reports English's calibration for the context rules it shares.
        #expect(RuleSet.german.reported(.sameParagraph) == RuleSet.english.reported(.sameParagraph))
    }

    @Test(arguments: [
        // The confidence shown is the rule's and grade's share right on train: a cue far from the
        // quote was right as often as one beside it (the rules still rank it lower).
        RuleCase(
            "Tom Hale said on Monday that the harbour trust was right to ask the council “to keep the ferry running all winter.”",
            speaker: "Tom Hale", mention: "Tom Hale", rule: .beforeSpeakerThenCue, confidence: 0.9),
        RuleCase(
            "Tom Hale said: “The nets came back empty again.”", speaker: "Tom Hale", mention: "Tom Hale",
            rule: .beforeSpeakerThenCue, confidence: 0.9),
        // A tag that opens a new sentence, and a described speaker.
        RuleCase(
            "“The ice is gone.” Tom Hale said on Monday.", speaker: "Tom Hale", mention: "Tom Hale", rule: .afterSpeakerThenCue,
            confidence: 0.88),
        RuleCase(
            "“Is anyone listening?” a narrator in the harbour ad asks.", speaker: "A narrator in the harbour ad",
            mention: "a narrator in the harbour ad", rule: .afterSpeakerThenCue, confidence: 0.85),
        // A pronoun in a tag after the quote was right as often as a name.
        RuleCase(
            "“We sail at six,” she said.", speaker: "Unidentified speaker", mention: "she", rule: .afterSpeakerThenCue,
            confidence: 0.97),
    ])
    func gradesOfEvidence(_ example: RuleCase) { example.check() }

    @Test(arguments: [
        // A quote closed by a comma hands the sentence to the short tag after it.
        RuleCase(
            "Lena Ortiz said Hale “had no chance of winning the vote,” the skipper recalled.", speaker: "The skipper",
            mention: "the skipper", rule: .afterSpeakerThenCue),
        // Without the comma the speaker before keeps it.
        RuleCase(
            "Lena Ortiz said Hale “had no chance of winning the vote.” The skipper agreed.", speaker: "Lena Ortiz",
            mention: "Lena Ortiz", rule: .beforeSpeakerThenCue),
        // The source named for the whole sentence outranks a verb inside it.
        RuleCase(
            "The skipper was greeted with chants of “save the harbour” in May, according to the union's president.",
            speaker: "The union's president", mention: "the union's president", rule: .afterAccordingTo),
    ])
    func precedenceBetweenTwoRules(_ example: RuleCase) { example.check() }
}
