import SaywhoCore

/// Introductions: sentences that name who gives a statement that follows them. Context rules
/// carry what they find, at `RuleSet.introduction`'s confidences.
extension AttributionRules {
    /// The speaker of a sentence that ends with a colon: a cue and its subject, or a name.
    func introduction(_ p: Int, endingAt colon: Int, for rule: RuleID) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: colon)
        let evidence = frame.range(p, s, colon + 1)
        let confidence = ruleSet.introduction
        var k = colon - 1
        while k >= s, !frame.isCue(p, k) { k -= 1 }
        if k >= s {
            if let np = frame.subjectBefore(p, verb: k, lowerBound: s) ?? frame.subjectAfter(p, start: k + 1, upperBound: colon) {
                return LocalAttribution(
                    paragraph: p, mention: np, cue: k, rule: rule, confidence: confidence.cue, evidence: evidence)
            }
            if frame.word(p, k, in: Lexicon.participles), let end = firstPhraseEnd(p, from: s, to: k) {
                return LocalAttribution(
                    paragraph: p, mention: s..<end, cue: k, rule: rule, confidence: confidence.participle, evidence: evidence)
            }
        }
        if let start = frame.nounPhrase(p, endingAt: colon - 1, lowerBound: s), colon - 1 - start < 5 {
            // "Brook sent the following lines:": a phrase after a verb is its object; the subject spoke.
            if start > s, let subject = clauseSubject(p, from: s, before: start), subject.upperBound < start {
                return LocalAttribution(
                    paragraph: p, mention: subject, cue: colon, rule: rule, confidence: confidence.phrase, evidence: evidence)
            }
            return LocalAttribution(
                paragraph: p, mention: start..<colon, cue: colon, rule: rule, confidence: confidence.phrase, evidence: evidence)
        }
        return nil
    }

    /// A sentence in paragraph `p` whose subject gave a statement somewhere ("took to Instagram").
    func channelIntroduction(_ p: Int, for rule: RuleID) -> LocalAttribution? {
        let count = frame.tokens[p].count
        var k = count - 1
        while k >= 0 {
            if frame.isWord(p, k), frame.word(p, k, in: Lexicon.introVerbs) {
                let hasChannel = !frame.wordIs(p, k, "took") || frame.wordIs(p, k + 1, "to")
                let s = frame.sentenceStart(p, before: k)
                if hasChannel, let np = frame.subjectBefore(p, verb: k, lowerBound: s) {
                    let e = frame.sentenceEnd(p, after: k)
                    return LocalAttribution(
                        paragraph: p, mention: np, cue: k, rule: rule, confidence: ruleSet.introduction.channel,
                        evidence: frame.range(p, s, e))
                }
            }
            k -= 1
        }
        return nil
    }

    /// `found`, carried to another quote by context rule `rule`, no more trusted than before.
    func carried(_ found: LocalAttribution, by rule: RuleID) -> LocalAttribution {
        found.carried(rule: rule, confidence: ruleSet.confidence(rule), reported: ruleSet.reported(rule))
    }
}
