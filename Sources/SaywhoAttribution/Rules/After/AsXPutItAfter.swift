import SaywhoCore

extension AttributionRules {
    /// `RuleID.afterAsXPutIt`: "as X put it" at token `k`, after the quote.
    func asXPutItAfter(_ p: Int, at k: Int, end: Int, evidence: TextRange) -> LocalAttribution? {
        guard frame.wordIs(p, k, "as"), let np = frame.subjectAfter(p, start: k + 1, upperBound: end),
            frame.wordIs(p, np.upperBound, "put") || frame.wordIs(p, np.upperBound, "puts")
        else { return nil }
        return found(.afterAsXPutIt, paragraph: p, mention: np, cue: np.upperBound, evidence: evidence)
    }
}
