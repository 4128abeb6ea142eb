import SaywhoCore

extension AttributionRules {
    /// A quote standing as its own sentence with no tag: the person the sentences around it speak
    /// of: the subject of the sentence its colon ends, the speech tag of the sentence before, or
    /// that sentence's subject. "Brook touted her record. “…”" lets Brook speak on.
    func neighbourSentence(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        guard s == t || frame.isPunct(p, t - 1, ":") else { return nil }
        if let found = sentenceTheColonEnds(p, from: s, quote: t) { return found }
        // The sentence before, in the same paragraph, for a quote long enough to be a statement.
        let token = frame.tokens[p][t]
        guard s == t, s > 0, frame.wordCount(of: TextRange(token.start, token.end)) >= 5 else { return nil }
        let previousStart = frame.sentenceStart(p, before: s - 1)
        return previousSpeechTag(p, from: previousStart, quote: t) ?? previousSentenceSubject(p, from: previousStart, quote: t)
    }
}
