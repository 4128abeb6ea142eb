import SaywhoCore

extension AttributionRules {
    /// `RuleID.beforeAccordingTo`: "According to Ada Brook, the ferry “will run by spring.”"
    /// (also before a described name: "according to harbour master Ada Brook").
    func accordingToBefore(_ p: Int, from s: Int, quote t: Int, evidence: TextRange) -> LocalAttribution? {
        var k = t - 1
        while k >= s {
            if frame.wordIs(p, k, "according"), frame.wordIs(p, k + 1, "to"),
                let np = frame.subjectAfter(p, start: k + 2, upperBound: t) ?? describedName(p, from: k + 2, upperBound: t)
            {
                return found(.beforeAccordingTo, paragraph: p, mention: np, cue: k, evidence: evidence)
            }
            k -= 1
        }
        return nil
    }
}
