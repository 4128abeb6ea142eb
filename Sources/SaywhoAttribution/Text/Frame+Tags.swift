import SaywhoCore

/// The phrase after a word (a subject, an inverted tag's speaker) and the words that may close a speech tag.
extension Frame {
    /// The speaker phrase that starts at `start`, after an inverted cue ("said Jane Roe, a spokeswoman").
    func subjectAfter(_ p: Int, start: Int, upperBound: Int) -> Range<Int>? {
        var k = start
        while k < upperBound, isWord(p, k), word(p, k, in: Lexicon.timeWords), !isCapitalized(p, k) || isWeekday(p, k) {
            k += 1
        }
        guard k < upperBound, isWord(p, k) else { return nil }
        if word(p, k, in: Lexicon.pronouns) { return k..<(k + 1) }
        // "tweeted another.": a quantifier that ends the phrase stands for a person.
        if word(p, k, in: Lexicon.quantifierPronouns), k + 1 >= upperBound || !isWord(p, k + 1) { return k..<(k + 1) }
        var e = k
        // "His partner at Skerry Yard": a determiner opening a sentence is capitalised, but still a determiner
        // when a lower-case word follows ("The Post's Ruth Marcus" reads as a name).
        let determiner =
            word(p, k, in: Lexicon.determiners) && !wordIs(p, k, "one") && isWord(p, k + 1) && !isCapitalized(p, k + 1)
        if isCapitalized(p, k) && !determiner || word(p, k, in: Lexicon.titles) {
            while e < upperBound, isWord(p, e) {
                // "BBC moderator Nancy Cole": a role between capitalised words belongs to the name.
                let role = e > k && word(p, e, in: Lexicon.roleWords) && isCapitalized(p, e + 1)
                if isCapitalized(p, e) || word(p, e, in: Lexicon.titles) || (wordIs(p, e, "of") && isCapitalized(p, e + 1))
                    || role
                {
                    if e > k, isWeekday(p, e) { break }
                    e += 1
                } else {
                    break
                }
            }
            return e > k ? k..<e : nil
        }
        if word(p, k, in: Lexicon.determiners) || word(p, k, in: Lexicon.unnamedHeads) {
            e = k + 1
            var sawNoun = word(p, k, in: Lexicon.unnamedHeads)
            while e < upperBound, isWord(p, e), e - k < 8 {
                let i = e
                if wordIs(p, i, in: Lexicon.descriptionPrepositions) {
                    guard sawNoun, isWord(p, e + 1) else { break }
                    e += 1
                    continue
                }
                if word(p, i, in: Lexicon.npStops) || word(p, i, in: Lexicon.cueVerbs)
                    || word(p, i, in: Lexicon.timeWords) && !isCapitalized(p, e)
                {
                    break
                }
                sawNoun = true
                e += 1
                // A known head ends the phrase unless a preposition or a name goes on with it.
                let isHead =
                    word(p, i, in: Lexicon.unnamedHeads) || word(p, i, in: Lexicon.roleWords) || word(p, i, in: Lexicon.titles)
                    || word(p, i, in: Lexicon.organisationWords)
                if isHead, !isCapitalized(p, e), !(isWord(p, e) && wordIs(p, e, in: Lexicon.rolePrepositions)) { break }
            }
            return sawNoun && e > k + 1 || word(p, k, in: Lexicon.unnamedHeads) ? k..<e : nil
        }
        return nil
    }

    /// `isWeekday(lower(p, t))`, without the String.
    func isWeekday(_ p: Int, _ t: Int) -> Bool {
        word(p, t, in: Lexicon.weekdaysAndRelativeDays)
    }

    /// True for a few words that describe the name after them ("White House press secretary", "one senior").
    func isPremodifier(_ p: Int, from: Int, to: Int) -> Bool {
        guard to > from, to - from <= 6 else { return false }
        for k in from..<to {
            guard isWord(p, k) else { return false }
            if word(p, k, in: Lexicon.npStops) || word(p, k, in: Lexicon.cueVerbs) || word(p, k, in: Lexicon.pronouns) {
                return false
            }
        }
        return true
    }

    /// True when what follows cue `c` reads as the rest of a speech tag, not a new clause:
    /// nothing, a time, an audience, an adverb or a prepositional phrase ("said in a statement").
    func isShortTagTail(_ p: Int, after c: Int) -> Bool {
        let next = c + 1
        guard isWord(p, next) else { return true }
        if wordIs(p, next, "that") { return false }
        if word(p, next, in: Lexicon.timeWords) || isCapitalized(p, next) || word(p, next, endsWith: "ly") { return true }
        return word(p, next, in: Lexicon.tagWords)
    }
}
