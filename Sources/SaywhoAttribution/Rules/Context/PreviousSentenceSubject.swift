import SaywhoCore

extension AttributionRules {
    /// `RuleID.previousSentenceSubject`: "Brook touted her record. “…”": the named subject (or a
    /// pronoun) of the sentence before speaks on.
    func previousSentenceSubject(_ p: Int, from previousStart: Int, quote t: Int) -> LocalAttribution? {
        let s = t
        guard previousStart < s - 1, let np = clauseSubject(p, from: previousStart, before: s - 1),
            frame.isCapitalized(p, np.upperBound - 1) || frame.isPronoun(p, np.lowerBound)
        else { return nil }
        return found(
            .previousSentenceSubject, paragraph: p, mention: np, cue: nil,
            evidence: frame.range(p, previousStart, frame.sentenceEnd(p, after: t)))
    }
}
