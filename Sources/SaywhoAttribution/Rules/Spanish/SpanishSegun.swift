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
            // "según los vecinos", "según el gremio de libreros": any noun after its article names a source.
            if frame.wordIs(p, k + 1, in: SpanishLexicon.determiners), frame.isWord(p, k + 2), !frame.isCapitalized(p, k + 2),
                k + 2 < end
            {
                var e = k + 3
                while e + 1 < end, frame.wordIs(p, e, "de") || frame.wordIs(p, e, "del"), frame.isWord(p, e + 1),
                    !frame.isCapitalized(p, e + 1), !frame.wordIs(p, e + 1, in: SpanishLexicon.determiners)
                { e += 2 }
                return found(.spanishSegun, paragraph: p, mention: (k + 1)..<e, cue: k, evidence: frame.range(p, s, end))
            }
        }
        return nil
    }
}
