import SaywhoCore

extension AttributionRules {
    /// `RuleID.beforeCueThenSpeaker`: an inverted cue right before the quote, "said Jane Roe: “…”".
    func invertedSubject(_ p: Int, cue k: Int, quote t: Int) -> Range<Int>? {
        guard frame.word(p, k, in: Lexicon.invertibleCues), let after = frame.subjectAfter(p, start: k + 1, upperBound: t),
            after.upperBound == t || (after.upperBound == t - 1 && frame.isPunct(p, t - 1, ",:")),
            frame.isCapitalized(p, after.upperBound - 1) || frame.isPronoun(p, after.lowerBound)
                || frame.word(p, after.upperBound - 1, in: Lexicon.unnamedHeads)
        else { return nil }
        return after
    }
}
