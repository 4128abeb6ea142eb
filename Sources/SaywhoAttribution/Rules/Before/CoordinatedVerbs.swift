import SaywhoCore

extension AttributionRules {
    /// `RuleID.beforeCoordinatedVerbs`: "Ruth Imre compared the plan to a lottery and urged
    /// voters not to “…”": the verbs share the subject.
    func coordinatedSubject(_ p: Int, cue k: Int, from s: Int) -> Range<Int>? {
        guard k - 1 >= s, frame.wordIs(p, k - 1, in: Lexicon.verbCoordinators) else { return nil }
        return innermostSubject(p, from: s, before: k - 1)?.mention ?? clauseSubject(p, from: s, before: k - 1)
    }
}
