import SaywhoCore

extension AttributionRules {
    /// `RuleID.beforeColonSentenceSubject`: "Brook has been a surrogate with a simple message:
    /// “…”": the phrase before the colon is what was said; the sentence's subject said it.
    func colonSentenceSubjectBefore(_ p: Int, from s: Int, quote t: Int, evidence: TextRange) -> LocalAttribution? {
        guard frame.isPunct(p, t - 1, ":"), t - 2 >= s, let np = clauseSubject(p, from: s, before: t - 1) else { return nil }
        return found(.beforeColonSentenceSubject, paragraph: p, mention: np, cue: t - 1, evidence: evidence)
    }
}
