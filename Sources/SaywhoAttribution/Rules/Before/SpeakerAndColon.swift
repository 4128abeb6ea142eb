import SaywhoCore

extension AttributionRules {
    /// `RuleID.beforeSpeakerAndColon`: "Ada Brook: “…”", a name and a colon right before the quote
    /// when the name is all the sentence holds so far or follows a dash ("… - Ann Lee and Jo Park: “…”").
    func speakerAndColon(_ p: Int, from s: Int, quote t: Int, evidence: TextRange) -> LocalAttribution? {
        guard frame.isPunct(p, t - 1, ":"), t - 2 >= s else { return nil }
        // "… STATES FOR THE FIRST TIME - Jane Roe: “…”": a name after a dash stands alone too.
        if let start = frame.nounPhrase(p, endingAt: t - 2, lowerBound: s), start == s || frame.isPunct(p, start - 1, "-—–") {
            return found(.beforeSpeakerAndColon, paragraph: p, mention: start..<(t - 1), cue: t - 1, evidence: evidence)
        }
        // "… - Ann Lee and Jo Park: “…”": names joined by "and" after a dash.
        let dash = dashBeforeColon(p, from: s, quote: t)
        if frame.isPunct(p, dash, "-—–"), dash + 1 < t - 1, frame.isCapitalized(p, dash + 1), frame.isCapitalized(p, t - 2) {
            return found(.beforeSpeakerAndColon, paragraph: p, mention: (dash + 1)..<(t - 1), cue: t - 1, evidence: evidence)
        }
        return nil
    }

    /// Where a run of capitalised words, "and" and "of" before the colon starts: a dash there
    /// sets the names off from the sentence.
    func dashBeforeColon(_ p: Int, from s: Int, quote t: Int) -> Int {
        var dash = t - 2
        while dash > s, t - dash < 12, frame.isCapitalized(p, dash) || frame.wordIs(p, dash, "and") || frame.wordIs(p, dash, "of")
        { dash -= 1 }
        return dash
    }
}
