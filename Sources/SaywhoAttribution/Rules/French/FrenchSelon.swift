import SaywhoCore

extension AttributionRules {
    /// `RuleID.frenchSelon`: a source named in the quote's sentence: selon X, d'après X.
    func frenchSelon(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        let end = frame.sentenceEnd(p, after: t)
        for k in s..<end where frame.wordIs(p, k, "selon") || frame.wordIs(p, k, "d'après") {
            if let source = frenchSpeaker(p, from: k + 1, upperBound: end) {
                return found(.frenchSelon, paragraph: p, mention: source, cue: k, evidence: frame.range(p, s, end))
            }
            // "selon le rectorat", "selon les syndicats": any noun after its article names a source.
            if frame.wordIs(p, k + 1, in: FrenchLexicon.determiners), frame.isWord(p, k + 2), !frame.isCapitalized(p, k + 2),
                k + 2 < end
            {
                return found(.frenchSelon, paragraph: p, mention: (k + 1)..<(k + 3), cue: k, evidence: frame.range(p, s, end))
            }
        }
        return nil
    }
}
