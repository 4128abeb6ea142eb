import SaywhoCore

extension AttributionRules {
    /// `RuleID.afterAccordingTo`: "according to X" or "per X" at token `k`, after the quote.
    func accordingToAfter(_ p: Int, at k: Int, end: Int, evidence: TextRange) -> LocalAttribution? {
        let source =
            frame.wordIs(p, k, "according") && frame.wordIs(p, k + 1, "to") ? k + 2 : frame.wordIs(p, k, "per") ? k + 1 : nil
        guard let source,
            let np = frame.subjectAfter(p, start: source, upperBound: end) ?? describedName(p, from: source, upperBound: end)
        else { return nil }
        return found(.afterAccordingTo, paragraph: p, mention: np, cue: k, evidence: evidence)
    }
}
