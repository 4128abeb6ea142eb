import SaywhoCore

extension AttributionRules {
    /// `RuleID.spanishSegun`: a source named in the quote's sentence: según X.
    func spanishSegun(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        let end = frame.sentenceEnd(p, after: t)
        for k in s..<end where frame.wordIs(p, k, "según") {
            if let source = spanishSpeaker(p, from: k + 1, upperBound: end) {
                return found(.spanishSegun, paragraph: p, mention: source, cue: k, evidence: frame.range(p, s, end))
            }
            // "según los vecinos": any noun after its article names a source.
            if frame.wordIs(p, k + 1, in: SpanishLexicon.determiners), frame.isWord(p, k + 2), !frame.isCapitalized(p, k + 2),
                k + 2 < end
            {
                return found(.spanishSegun, paragraph: p, mention: (k + 1)..<(k + 3), cue: k, evidence: frame.range(p, s, end))
            }
        }
        return nil
    }
}
