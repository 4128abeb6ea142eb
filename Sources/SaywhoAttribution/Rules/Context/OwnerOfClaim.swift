import SaywhoCore

extension AttributionRules {
    /// `RuleID.ownerOfClaim`: "The fact-checkers seized on Hale's claim that there have been
    /// “…”": the owner of a noun of speech said the words.
    func ownerOfClaim(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        var k = t - 1
        while k > s, t - k <= 14, !frame.isQuote(p, k) {
            if frame.isWord(p, k), frame.word(p, k, in: Lexicon.speechNouns) {
                var owner = k - 1
                // "his hyperbolic prediction": one adjective may stand between.
                if owner > s, !frame.isPossessive(p, owner), !frame.wordIs(p, owner, in: Lexicon.possessiveDeterminers) {
                    owner -= 1
                }
                guard owner >= s, frame.isWord(p, owner) else { return nil }
                guard
                    frame.isPossessive(p, owner) && frame.isCapitalized(p, owner)
                        || frame.wordIs(p, owner, in: Lexicon.personPossessives)
                else { return nil }
                return found(
                    .ownerOfClaim, paragraph: p, mention: owner..<(owner + 1), cue: k,
                    evidence: frame.range(p, s, frame.sentenceEnd(p, after: t)))
            }
            k -= 1
        }
        return nil
    }
}
