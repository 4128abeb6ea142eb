import SaywhoCore

/// Noun phrases and cue verbs in a frame: the building blocks of the attribution rules.
extension Frame {
    /// A verb of saying; capitalised words are names ("United States", "Reports"), not cues.
    func isCue(_ p: Int, _ t: Int) -> Bool {
        guard isWord(p, t), !isCapitalized(p, t) else { return false }
        guard word(p, t, in: Lexicon.cueVerbs) else { return false }
        // "his late-night tweets", "the claims", "of reports": after a determiner or an adjective, a noun.
        if word(p, t, in: Lexicon.nounLikeCues), isWord(p, t - 1) {
            if word(p, t - 1, in: Lexicon.determiners) || wordIs(p, t - 1, "of") || isPossessive(p, t - 1)
                || word(p, t - 1, contains: "-")
            {
                return false
            }
            // "a terse reply", "the angry calls": a determiner and one adjective before it.
            if !word(p, t, endsWith: "s"), isWord(p, t - 2), wordIs(p, t - 2, in: Lexicon.indefiniteArticles) { return false }
        }
        return true
    }

    func isPronoun(_ p: Int, _ t: Int) -> Bool {
        isWord(p, t) && word(p, t, in: Lexicon.pronouns)
    }

    /// True for a word ending in a possessive ('s), which opens a noun phrase like a determiner.
    func isPossessive(_ p: Int, _ t: Int) -> Bool {
        guard isWord(p, t) else { return false }
        return endsPossessive(p, t)
    }

    /// The speaker phrase that ends just before cue verb `verb`: "Jane Roe, a spokeswoman for the council, said".
    ///
    /// Returns the token range of the phrase that names the speaker (for an appositive, the name before it).
    func subjectBefore(_ p: Int, verb: Int, lowerBound: Int) -> Range<Int>? {
        var k = verb - 1
        while k >= lowerBound, isWord(p, k), word(p, k, in: Lexicon.auxiliaries), !isPronoun(p, k) { k -= 1 }
        guard k >= lowerBound else { return nil }
        if isPunct(p, k, ")") {
            // "Jane Roe (D-Ohio) said": step over the parenthesis.
            var open = k - 1
            while open >= lowerBound, !isPunct(p, open, "(") { open -= 1 }
            guard open > lowerBound else { return nil }
            k = open - 1
        } else if isPunct(p, k, ",") {
            // An appositive between commas: the name stands before it.
            var comma = k - 1
            var steps = 0
            while comma >= lowerBound, !isPunct(p, comma, ","), !isQuote(p, comma), !isPunct(p, comma, ".;:!?"), steps < 16 {
                comma -= 1
                steps += 1
            }
            guard comma > lowerBound, isPunct(p, comma, ",") else { return nil }
            // "Jo Wilson, 59, of Ashton, Md., said": several comma groups; the name stands before the
            // first group that reads as an appositive, the later ones going on with it.
            if !appositiveLooksRight(p, from: comma + 1, to: k),
                let earlier = nameBeforeAppositives(p, from: comma, lowerBound: lowerBound)
            {
                return earlier
            }
            if !appositiveLooksRight(p, from: comma + 1, to: k) {
                // "Brook's business manager, Tom Hale, said": the name is the appositive.
                guard isCapitalized(p, k - 1), let name = nounPhrase(p, endingAt: k - 1, lowerBound: comma + 1),
                    name == comma + 1,
                    describesSomeone(p, endingAt: comma - 1, lowerBound: lowerBound)
                else { return nil }
                return name..<k
            }
            k = comma - 1
            // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": a party tag before the appositive.
            if isPunct(p, k, ")") {
                var open = k - 1
                while open > lowerBound, k - open < 8, !isPunct(p, open, "(") { open -= 1 }
                guard open > lowerBound, isPunct(p, open, "(") else { return nil }
                k = open - 1
            }
        }
        guard let start = nounPhrase(p, endingAt: k, lowerBound: lowerBound) else { return nil }
        // "in a later interview said", "has in the past described": the object of a preposition
        // is no subject, unless the preposition hangs on a noun that is ("a spokeswoman for the campaign said").
        // "with Rep. Roe telling reporters", "footage of Roe saying": a participle's subject may be
        // the object of a preposition.
        if start - 1 >= lowerBound, isWord(p, start - 1), !isCapitalized(p, start - 1),
            word(p, start - 1, in: Lexicon.prepositions)
        {
            // "one of her ads asking": a quantifier heads the phrase.
            if wordIs(p, start - 1, "of"), isWord(p, start - 2), word(p, start - 2, in: Lexicon.determiners) {
                return (start - 2)..<(k + 1)
            }
            if word(p, verb, endsWith: "ing") { return start..<(k + 1) }
            guard word(p, start - 1, in: Lexicon.nounPrepositions), start - 2 >= lowerBound,
                let head = nounPhrase(p, endingAt: start - 2, lowerBound: lowerBound)
            else { return nil }
            return head..<(k + 1)
        }
        return start..<(k + 1)
    }

    /// The name before a run of comma groups ending at `comma`, when the group right after the
    /// name reads as an appositive ("59", "of Ashton", "a lawyer").
    func nameBeforeAppositives(_ p: Int, from comma: Int, lowerBound: Int) -> Range<Int>? {
        var close = comma
        var groups = 0
        while groups < 4 {
            var open = close - 1
            while open >= lowerBound, !isPunct(p, open, ","), !isQuote(p, open), !isPunct(p, open, ";:!?"), close - open < 12 {
                open -= 1
            }
            guard open > lowerBound, isPunct(p, open, ",") else { return nil }
            if appositiveLooksRight(p, from: open + 1, to: close) || isNumber(p, open + 1) {
                guard isCapitalized(p, open - 1), let start = nounPhrase(p, endingAt: open - 1, lowerBound: lowerBound) else {
                    return nil
                }
                return start..<open
            }
            close = open
            groups += 1
        }
        return nil
    }

    /// True when a lower-case description of a person ends at `end` ("Brook's business manager").
    func describesSomeone(_ p: Int, endingAt end: Int, lowerBound: Int) -> Bool {
        guard isWord(p, end), !isCapitalized(p, end) else { return false }
        // "the skipper, Tom Hale,": a noun after a determiner describes the name that follows.
        if end - 1 >= lowerBound, isWord(p, end - 1),
            wordIs(p, end - 1, in: Lexicon.articles) || wordIs(p, end - 1, in: Lexicon.personPossessives)
        {
            return true
        }
        return word(p, end, in: Lexicon.unnamedHeads) || word(p, end, in: Lexicon.titles) || word(p, end, in: Lexicon.roleWords)
    }

    /// An appositive starts with a determiner, a title or a lower-case word, or is an age or party tag.
    func appositiveLooksRight(_ p: Int, from: Int, to: Int) -> Bool {
        guard from < to, isWord(p, from) else { return false }
        if word(p, from, in: Lexicon.determiners) || wordIs(p, from, "who") || word(p, from, in: Lexicon.titles)
            || isPossessive(p, from)
        {
            return true
        }
        if !isCapitalized(p, from) { return true }
        // Party and state tags: D-Ohio, R-Texas; ages: 45.
        let w = lower(p, from)
        if w.count > 2, w.dropFirst().hasPrefix("-") { return true }
        // "Senator Ann Lowe, Republican of Calder, said": a party and a state.
        if wordIs(p, from, in: Lexicon.partyWords), isWord(p, from + 1), wordIs(p, from + 1, "of") { return true }
        return false
    }

    /// The first token of a noun phrase that ends at `end`, or nil when none ends there.
    func nounPhrase(_ p: Int, endingAt end: Int, lowerBound: Int) -> Int? {
        guard end >= lowerBound, isWord(p, end) else { return nil }
        if word(p, end, in: Lexicon.pronouns) { return end }
        // "the two write", "another said": a quantifier standing alone for people.
        // "the mother of three": after "of" the quantifier ends a longer phrase.
        let afterOf = end - 1 >= lowerBound && wordIs(p, end - 1, "of")
        let quantifier = word(p, end, in: Lexicon.quantifierPronouns)
        if quantifier, !isCapitalized(p, end) || end == lowerBound, !afterOf {
            if end - 1 >= lowerBound, wordIs(p, end - 1, "the") { return end - 1 }
            if end - 1 < lowerBound || !isWord(p, end - 1) || !word(p, end - 1, in: Lexicon.determiners) { return end }
        }
        if word(p, end, in: Lexicon.npStops) || word(p, end, in: Lexicon.determiners) && !(afterOf && quantifier) { return nil }
        // "the note says", "one tweet said": after a determiner a cue form is a noun.
        if word(p, end, in: Lexicon.cueVerbs),
            !(word(p, end, in: Lexicon.nounLikeCues) && end > lowerBound && isWord(p, end - 1)
                && (word(p, end - 1, in: Lexicon.determiners) || isPossessive(p, end - 1)))
        {
            return nil
        }
        if isCapitalized(p, end) {
            var k = end
            while k - 1 >= lowerBound, isWord(p, k - 1) {
                let i = k - 1
                if isCapitalized(p, k - 1) {
                    if word(p, i, in: Lexicon.sentenceStarters) && !wordIs(p, i, "the") {
                        break
                    }
                    k -= 1
                    if wordIs(p, i, "the") { break }
                } else if word(p, i, in: Lexicon.titles) || wordIs(p, i, in: Lexicon.nameParticles) {
                    if wordIs(p, i, "of") && !isCapitalized(p, k - 2) { break }
                    k -= 1
                } else if wordIs(p, i, "the") {
                    k -= 1
                    break
                } else {
                    break
                }
            }
            if k == end, word(p, end, in: Lexicon.sentenceStarters) { return nil }
            return k
        }
        // A lower-case phrase: "the source", "a spokeswoman for the campaign", "officials".
        var k = end
        var steps = 0
        var sawDeterminer = false
        while k - 1 >= lowerBound, isWord(p, k - 1), steps < 7 {
            if word(p, k - 1, in: Lexicon.determiners) || isPossessive(p, k - 1) {
                k -= 1
                sawDeterminer = true
                break
            }
            if word(p, k - 1, in: Lexicon.npStops) || word(p, k - 1, in: Lexicon.cueVerbs) || word(p, k - 1, in: Lexicon.pronouns)
            {
                break
            }
            k -= 1
            steps += 1
        }
        // "the former first lady and U.S. senator said": a role ends a description as a person noun does.
        if sawDeterminer || word(p, end, in: Lexicon.unnamedHeads) || word(p, end, in: Lexicon.organisationWords)
            || word(p, end, in: Lexicon.roleWords)
            || word(p, end, in: Lexicon.roleWordsAndPlurals)
        {
            if !sawDeterminer {
                // Without a determiner, keep only the head and the words right before it that name it.
                return end
            }
            return k
        }
        return nil
    }

}
