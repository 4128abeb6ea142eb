import SaywhoCore

/// The rules that find a quote's speaker mention in the text around it.
///
/// Local rules read the sentence that holds the quote: a cue and a speaker after the
/// closing mark ("…,” said Jane Roe), or before the opening mark (Jane Roe said: “…”,
/// according to X, a mixed quote inside indirect speech). Context rules then carry
/// attributions to quotes with none of their own: another quote of the same paragraph,
/// a paragraph ending in a colon, a statement that goes on over several paragraphs, and
/// an introduction that names a speaker and a channel ("she took to Instagram").
///
/// Each rule is a method in a file of its own under `Rules/`, named by a `RuleID`; the order
/// in which they are asked and their confidences are `ruleSet`'s.
struct AttributionRules {
    let frame: Frame
    let ruleSet: RuleSet

    init(frame: Frame, ruleSet: RuleSet = .english) {
        self.frame = frame
        self.ruleSet = ruleSet
    }

    func run() -> [LocalAttribution?] {
        var result: [LocalAttribution?] = []
        result.reserveCapacity(frame.candidates.count)
        for q in frame.candidates.indices {
            var found = local(q)
            // A mention that cannot speak ("one point", "that") is a parsing slip, not a speaker.
            if let f = found, f.label == nil, f.referent == nil, frame.isNonMention(f.paragraph, f.mention) { found = nil }
            result.append(found)
        }
        applyContext(&result)
        return result
    }

    /// What rule `rule` found, with its confidence for evidence of `grade`.
    func found(
        _ rule: RuleID, _ grade: RuleSet.Grade = .standard, paragraph p: Int, mention: Range<Int>, cue: Int?,
        evidence: TextRange, label: TextRange? = nil
    ) -> LocalAttribution {
        LocalAttribution(
            paragraph: p, mention: mention, cue: cue, rule: rule, confidence: ruleSet.confidence(rule, grade),
            reported: ruleSet.reported(rule, grade), evidence: evidence, label: label)
    }
}
