import SaywhoCore

extension AttributionRules {
    /// `RuleID.colonSentenceSubject`: "When she spoke of coal, she offered this sound bite: “…”":
    /// the subject of the sentence the colon ends.
    func sentenceTheColonEnds(_ p: Int, from s: Int, quote t: Int) -> LocalAttribution? {
        guard s < t, let np = clauseSubject(p, from: s, before: t - 1),
            frame.isCapitalized(p, np.upperBound - 1) || frame.isPronoun(p, np.lowerBound)
        else { return nil }
        return found(.colonSentenceSubject, paragraph: p, mention: np, cue: t - 1, evidence: frame.range(p, s, t + 1))
    }
}
