import SaywhoCore

extension AttributionRules {
    /// A source named later in the sentence, with no other cue between: "…” agitated the crowd,
    /// according to a source at the station." / "…,” per the bylaws." / "…,” as a Treasury memo put it."
    func sourceLater(_ p: Int, quote t: Int) -> LocalAttribution? {
        // "…without delay.” Brook plans to visit, according to an aide.": that source is the next sentence's.
        guard !frame.isSentenceBreakAfterQuote(p, t) else { return nil }
        let end = frame.sentenceEnd(p, after: t)
        var k = t + 1
        while k < end - 1, !frame.isQuote(p, k), !frame.isCue(p, k) {
            defer { k += 1 }
            let evidence = TextRange(frame.tokens[p][t].start, frame.range(p, k, end).end)
            if let found = accordingToAfter(p, at: k, end: end, evidence: evidence)
                ?? asXPutItAfter(p, at: k, end: end, evidence: evidence)
            {
                return found
            }
        }
        return nil
    }
}
