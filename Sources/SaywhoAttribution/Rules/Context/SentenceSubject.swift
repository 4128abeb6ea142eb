import SaywhoCore

extension AttributionRules {
    /// `RuleID.sentenceSubject`: a quotation inside a sentence with no cue of its own is the words
    /// of the sentence's subject, unless an inner clause names its own (`RuleID.clauseSubject`).
    ///
    /// "The senator later dubbed the plan a “slow-motion disaster”" — news quotes a phrase in
    /// the middle of a clause mostly to show whose words they are, and that is the subject's.
    func sentenceSubject(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        let evidence = frame.range(p, s, frame.sentenceEnd(p, after: t))
        let subject = clauseSubject(p, from: s, before: t)
        if let inner = innerClauseSubject(p, from: s, quote: t, sentenceHasSubject: subject != nil, evidence: evidence) {
            return inner
        }
        guard let np = subject else { return nil }
        return found(.sentenceSubject, paragraph: p, mention: np, cue: nil, evidence: evidence)
    }
}
