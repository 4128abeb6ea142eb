import SaywhoCore

/// The subjects of clauses and sentences, which several rules name as speakers.
extension AttributionRules {
    /// The subject that opens the clause starting at `s`, after a conjunction or an opening
    /// adverbial ("In October, …"), trimmed to the name when a job title precedes it.
    func clauseSubject(_ p: Int, from start: Int, before t: Int, allowingIt: Bool = false) -> Range<Int>? {
        var s = start
        guard s < t else { return nil }
        if frame.isWord(p, s), frame.wordIs(p, s, in: Lexicon.sentenceConnectors) { s += 1 }
        // "Ironically, …": an adverb and a comma open the sentence like "However, …".
        // "Reprising one of her lines, the senator …": a participle phrase opens the sentence too.
        let opensWithAdverb =
            frame.isWord(p, s) && frame.word(p, s, endsWith: "ly") && frame.isPunct(p, s + 1, ",")
            || frame.isCapitalized(p, s) && frame.word(p, s, endsWith: "ing")
        if opensWithAdverb
            || frame.isWord(p, s) && frame.word(p, s, in: Lexicon.sentenceStarters)
                && !frame.word(p, s, in: Lexicon.determiners) && !frame.isPronoun(p, s)
        {
            var c = s
            while c < t, !frame.isPunct(p, c, ",") { c += 1 }
            guard c < t, c - s <= 16 else { return nil }
            s = c + 1
            // "On March 3, 2019, Brook gave …": a date's year stands in commas of its own.
            if frame.isNumber(p, s), frame.isPunct(p, s + 1, ",") { s += 2 }
        }
        guard s < t, var np = frame.subjectAfter(p, start: s, upperBound: t), np.lowerBound == s, np.upperBound < t else {
            return nil
        }
        // "Having a free press…", "Check out …": a capitalised verb opens the sentence, not a name.
        if np.count == 1,
            frame.word(p, np.lowerBound, endsWith: "ing")
                || frame.isWord(p, np.upperBound) && frame.wordIs(p, np.upperBound, in: Lexicon.openingVerbFollowers)
        {
            return nil
        }
        // "it" speaks only as the subject of a verb of saying ("it attacked Hale, saying …").
        guard frame.canSpeak(p, np) || allowingIt && np.count == 1 && frame.wordIs(p, np.lowerBound, "it") else { return nil }
        // The subject must be followed by a verb-like word or an appositive, not be the quote's own object.
        let after = np.upperBound
        guard frame.isWord(p, after) || frame.isPunct(p, after, ",(") else { return nil }
        // "She then addressed …": an auxiliary or an adverb may stand between the subject and its verb.
        if frame.isWord(p, after), frame.word(p, after, in: Lexicon.npStops), !frame.word(p, after, in: Lexicon.auxiliaries) {
            return nil
        }
        // "Harbor Trust director Eli Marsh": the person is the name after the title.
        var k = np.upperBound - 1
        while k > np.lowerBound, frame.isCapitalized(p, k) { k -= 1 }
        if k > np.lowerBound, k < np.upperBound - 1, !frame.isCapitalized(p, k),
            frame.word(p, k, in: Lexicon.titles) || frame.word(p, k, in: Lexicon.roleWords)
        {
            np = (k + 1)..<np.upperBound
        }
        return np
    }

    /// The subject of the innermost clause that holds the quote, found walking back from it:
    /// "When Hale spoke, he called the plan a “disaster”" — "he", not "Hale". A person pronoun,
    /// a relative pronoun after a noun, or a noun phrase after a clause opener and before a verb.
    func innermostSubject(_ p: Int, from s: Int, before t: Int) -> (mention: Range<Int>, referent: Range<Int>?)? {
        var k = t - 1
        while k > s {
            defer { k -= 1 }
            guard frame.isWord(p, k) else { continue }
            // A pronoun right after a verb ("said he", "think they") or "that" opens reported content, not a clause of the speaker.
            if frame.wordIs(p, k, in: Lexicon.personPronouns), k + 1 < t,
                frame.isPunct(p, k - 1, ",;") || frame.isQuote(p, k - 1)
                    || frame.isWord(p, k - 1) && frame.word(p, k - 1, in: Lexicon.clauseOpeners)
                        && !frame.wordIs(p, k - 1, "that")
            {
                return (k..<(k + 1), nil)
            }
            if frame.wordIs(p, k, in: Lexicon.relativePronouns), k - 1 >= s,
                !((k + 1)..<t).contains(where: { frame.isPunct(p, $0, ",;") })
            {
                var e = k - 1
                if frame.isPunct(p, e, ",") { e -= 1 }
                guard let start = frame.nounPhrase(p, endingAt: e, lowerBound: s) else { return nil }
                return (k..<(k + 1), start..<(e + 1))
            }
            guard frame.word(p, k, in: Lexicon.clauseOpeners), !frame.wordIs(p, k, "that"), k + 1 < t,
                let np = frame.subjectAfter(p, start: k + 1, upperBound: t), np.lowerBound == k + 1,
                frame.canSpeak(p, np), !frame.isPronoun(p, np.lowerBound) || frame.isPronoun(p, np.lowerBound) && np.count == 1
            else { continue }
            // A subject is followed by its verb: a lower-case word that is not a preposition or an article.
            let v = np.upperBound
            guard v < t, frame.isWord(p, v), !frame.isCapitalized(p, v) else { continue }
            if frame.word(p, v, in: Lexicon.prepositions) || frame.word(p, v, in: Lexicon.determiners)
                || frame.word(p, v, in: Lexicon.npStops)
                    && !frame.word(p, v, in: Lexicon.auxiliaries)
            {
                continue
            }
            return (np, nil)
        }
        return nil
    }

    /// The end of the noun phrase that opens a sentence ("Hale", "The senator").
    func firstPhraseEnd(_ p: Int, from s: Int, to limit: Int) -> Int? {
        var e = s
        while e < limit, frame.isWord(p, e) {
            if e > s, !frame.isCapitalized(p, e), !frame.word(p, e, in: Lexicon.unnamedHeads) { break }
            if frame.word(p, e, in: Lexicon.cueVerbs) || frame.word(p, e, in: Lexicon.auxiliaries) && e > s { break }
            e += 1
        }
        guard e > s, frame.nounPhrase(p, endingAt: e - 1, lowerBound: s) != nil else { return nil }
        return e
    }
}
