import SaywhoCore

extension AttributionRules {
    /// `RuleID.beforeParticipleTakesSubject`: "…, saying “…”": the subject of the sentence said it.
    func participleSubject(_ p: Int, cue k: Int, from s: Int, quote t: Int) -> Range<Int>? {
        var c = k - 1
        // "…, not paying an architect who said he was stiffed, saying “…”": a cue inside a relative clause is not the sentence's.
        while c >= s,
            !(frame.isCue(p, c) && !frame.word(p, c, in: Lexicon.participles) && !isRelativeClauseVerb(p, c, lowerBound: s))
        { c -= 1 }
        if c >= s, let np = frame.subjectBefore(p, verb: c, lowerBound: s) { return np }
        if let np = clauseSubject(p, from: s, before: k, allowingIt: true) { return np }
        if !frame.word(p, s, endsWith: "ing"), let end = firstPhraseEnd(p, from: s, to: k) { return s..<end }
        // "After saying her foot was “so swollen,” she was …": the subject comes after the fronted clause.
        if frame.lastInnerScalar(p, t) == ",", frame.isPronoun(p, t + 1) || frame.isCapitalized(p, t + 1),
            let after = frame.subjectAfter(p, start: t + 1, upperBound: min(frame.tokens[p].count, t + 6)),
            frame.isWord(p, after.upperBound), !frame.isCapitalized(p, after.upperBound)
        {
            return after
        }
        return nil
    }
}
