import SaywhoCore

/// Phrases that can be someone speaking.
extension AttributionRules {
    /// A phrase that can be someone speaking: a name, a person pronoun or "it", a description
    /// of people, a document, or a quantifier standing for people.
    func isSpeakerLike(_ p: Int, _ np: Range<Int>) -> Bool {
        if frame.canSpeak(p, np) || np.count == 1 && frame.isPronoun(p, np.lowerBound) { return true }
        guard let last = np.last, frame.isWord(p, last) else { return false }
        return frame.word(p, last, in: Lexicon.documentWordsAndPlurals) || frame.word(p, last, in: Lexicon.quantifierPronouns)
            || frame.word(p, last, in: Lexicon.groupHeads) || frame.word(p, last, in: Lexicon.roleWordsAndPlurals)
    }

    /// "said 24/7 nurse Lia Moss": a few lower-case words or numbers that describe the name after them.
    func describedName(_ p: Int, from start: Int, upperBound: Int) -> Range<Int>? {
        var k = start
        while k < min(upperBound, start + 6), !frame.isCapitalized(p, k) {
            if frame.isWord(p, k) {
                if frame.word(p, k, in: Lexicon.npStops) || frame.word(p, k, in: Lexicon.cueVerbs)
                    || frame.word(p, k, in: Lexicon.pronouns)
                {
                    return nil
                }
            } else if !frame.isPunct(p, k, "/-") {
                return nil
            }
            k += 1
        }
        guard k > start, frame.isCapitalized(p, k), let name = frame.subjectAfter(p, start: k, upperBound: upperBound) else {
            return nil
        }
        return name
    }
}
