import SaywhoCore

extension AttributionRules {
    /// `RuleID.previousSpeechTag`: "…, Schiff said. “…”": the speech tag that closes the sentence
    /// before speaks on. `previousStart` is where that sentence starts; the quote opens its own.
    func previousSpeechTag(_ p: Int, from previousStart: Int, quote t: Int) -> LocalAttribution? {
        let s = t
        var c = s - 2
        while c > previousStart, s - c <= 6, !frame.isCue(p, c) { c -= 1 }
        guard c > previousStart, frame.isCue(p, c), frame.isShortTagTail(p, after: c),
            let np = frame.subjectBefore(p, verb: c, lowerBound: previousStart), frame.isPunct(p, np.lowerBound - 1, ",")
        else { return nil }
        return found(
            .previousSpeechTag, paragraph: p, mention: np, cue: c,
            evidence: frame.range(p, previousStart, frame.sentenceEnd(p, after: t)))
    }
}
