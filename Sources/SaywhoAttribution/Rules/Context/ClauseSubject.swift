import SaywhoCore

extension AttributionRules {
    /// `RuleID.clauseSubject`: "When Prell spoke, she called it a “…”" → "she": the subject of the
    /// innermost clause that holds the quote.
    ///
    /// The inner clause names the speaker of a quote that is a statement either way: one the
    /// sentence's subject already claims, or one long enough to stand alone. A short phrase
    /// with no subject to claim it stays a scare quote.
    func innerClauseSubject(
        _ p: Int, from s: Int, quote t: Int, sentenceHasSubject: Bool, evidence: TextRange
    ) -> LocalAttribution? {
        let token = frame.tokens[p][t]
        guard sentenceHasSubject || frame.wordCount(of: TextRange(token.start, token.end)) >= 5,
            let inner = innermostSubject(p, from: s, before: t)
        else { return nil }
        var result = found(.clauseSubject, paragraph: p, mention: inner.mention, cue: nil, evidence: evidence)
        result.referent = inner.referent
        return result
    }
}
