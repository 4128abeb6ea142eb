import SaywhoCore

extension AttributionRules {
    /// `RuleID.afterSentenceTag`: "…” before the crash, she said.", a sentence that ends with a speech tag after a comma.
    func sentenceTag(_ p: Int, quote t: Int) -> LocalAttribution? {
        let end = frame.sentenceEnd(p, after: t)
        var c = end - 1
        while c > t, !frame.isCue(p, c), end - c <= 12, !frame.isQuote(p, c) { c -= 1 }
        guard c > t + 1, frame.isCue(p, c) else { return nil }
        // "…” in the council's view, said Ann Lowe.": the tag inverted, its name closing the sentence.
        if frame.isPunct(p, c - 1, ","), frame.word(p, c, in: Lexicon.invertibleCues),
            let name = frame.subjectAfter(p, start: c + 1, upperBound: end) ?? describedName(p, from: c + 1, upperBound: end),
            name.upperBound >= end - 1 || frame.isPunct(p, name.upperBound, ",(")
        {
            return found(
                .afterSentenceTag, paragraph: p, mention: name, cue: c,
                evidence: TextRange(frame.tokens[p][t].start, frame.range(p, t, end).end))
        }
        guard frame.isShortTagTail(p, after: c), let np = frame.subjectBefore(p, verb: c, lowerBound: t + 1),
            np.lowerBound > t + 1,
            frame.isPunct(p, np.lowerBound - 1, ",")
        else { return nil }
        return found(
            .afterSentenceTag, paragraph: p, mention: np, cue: c,
            evidence: TextRange(frame.tokens[p][t].start, frame.range(p, t, end).end))
    }
}
