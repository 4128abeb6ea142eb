import SaywhoCore

extension AttributionRules {
    /// `RuleID.beforeHereIsX`: "Here's Brook in 1998: “…”", "More from the report: “…”": the
    /// phrase names the speaker, at the sentence start or after a dash.
    func hereIsX(_ p: Int, from s: Int, quote t: Int, evidence: TextRange) -> LocalAttribution? {
        guard frame.isPunct(p, t - 1, ":"), t - 2 >= s else { return nil }
        let dash = dashBeforeColon(p, from: s, quote: t)
        var lead = frame.isPunct(p, dash, "-—–") ? dash + 1 : s
        if frame.wordIs(p, lead, "more") { lead += 1 }
        if frame.wordIs(p, lead, in: Lexicon.colonPresenters) {
            lead += 1
        } else if frame.wordIs(p, lead, "here"), frame.wordIs(p, lead + 1, "is") {
            lead += 2
        }
        guard lead > s,
            let np = frame.subjectAfter(p, start: lead, upperBound: t - 1) ?? describedName(p, from: lead, upperBound: t - 1)
        else { return nil }
        return found(.beforeHereIsX, paragraph: p, mention: np, cue: t - 1, evidence: evidence)
    }
}
