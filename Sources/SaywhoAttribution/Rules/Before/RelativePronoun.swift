import SaywhoCore

extension AttributionRules {
    /// `RuleID.beforeRelativePronoun`: "Prell, who called it “unfit”": the relative pronoun right
    /// before `verb` is the mention, the phrase it stands for the speaker.
    func relativeSubject(_ p: Int, verb: Int, lowerBound s: Int) -> (pronoun: Int, antecedent: Range<Int>?)? {
        var k = verb - 1
        // "who has in the past called": auxiliaries, adverbs and a short phrase of time.
        while k >= s, verb - k <= 6, frame.isWord(p, k), !frame.wordIs(p, k, in: Lexicon.relativePronouns),
            frame.word(p, k, in: Lexicon.auxiliaries) || frame.word(p, k, endsWith: "ly")
                || frame.word(p, k, in: Lexicon.timeWords) || frame.wordIs(p, k, "past")
                || (frame.word(p, k, in: Lexicon.determiners) && frame.isWord(p, k - 1)
                    && frame.word(p, k - 1, in: Lexicon.prepositions))
        {
            k -= 1
        }
        guard k >= s, frame.wordIs(p, k, in: Lexicon.relativePronouns) else { return nil }
        var e = k - 1
        if frame.isPunct(p, e, ",") { e -= 1 }
        guard e >= s, let start = frame.nounPhrase(p, endingAt: e, lowerBound: s) else { return (k, nil) }
        return (k, start..<(e + 1))
    }

    /// True when `verb` follows "who", "which" or "that" (with auxiliaries between): the verb of a relative clause.
    func isRelativeClauseVerb(_ p: Int, _ verb: Int, lowerBound s: Int) -> Bool {
        var k = verb - 1
        while k >= s, frame.isWord(p, k), frame.word(p, k, in: Lexicon.auxiliaries),
            !frame.wordIs(p, k, in: Lexicon.relativePronouns)
        { k -= 1 }
        return k >= s && (frame.wordIs(p, k, in: Lexicon.relativePronouns) || frame.wordIs(p, k, "that"))
    }
}
