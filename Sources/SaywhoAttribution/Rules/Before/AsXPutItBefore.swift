import SaywhoCore

extension AttributionRules {
    /// `RuleID.beforeAsXPutIt`: "As Ms. Roe put it in a statement, the plan is “…”".
    func asXPutItBefore(_ p: Int, from s: Int, quote t: Int, evidence: TextRange) -> LocalAttribution? {
        guard frame.wordIs(p, s, "as"), let np = frame.subjectAfter(p, start: s + 1, upperBound: t) else { return nil }
        var v = np.upperBound
        while v < np.upperBound + 3, frame.isWord(p, v), frame.word(p, v, in: Lexicon.auxiliaries) { v += 1 }
        guard frame.wordIs(p, v, in: Lexicon.asXPutItVerbs) else { return nil }
        return found(.beforeAsXPutIt, paragraph: p, mention: np, cue: v, evidence: evidence)
    }
}
