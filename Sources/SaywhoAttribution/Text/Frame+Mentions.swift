import SaywhoCore

/// Whether a phrase can name someone who speaks, or is a slip: function words, a clause, a dateline.
extension Frame {
    /// True when a mention can name someone who speaks: a name, a person pronoun, or a
    /// description with a person or organisation head ("The", "That", "It" cannot).
    func canSpeak(_ p: Int, _ mention: Range<Int>) -> Bool {
        for t in mention where isWord(p, t) {
            if wordIs(p, t, in: Lexicon.personPronouns) { return true }
            if isCapitalized(p, t), !word(p, t, in: Lexicon.sentenceStarters), !word(p, t, in: Lexicon.titles) { return true }
            if word(p, t, in: Lexicon.unnamedHeads) || word(p, t, in: Lexicon.organisationWords)
                || word(p, t, in: Lexicon.roleWords)
            {
                return true
            }
        }
        return false
    }

    /// True for a mention that is only function words or a time ("The", "That", "one point", "Monday").
    func isNonMention(_ p: Int, _ mention: Range<Int>) -> Bool {
        guard let last = mention.last, isWord(p, last) else { return true }
        if mention.count == 1, isPronoun(p, last) { return false }
        // "another", "the two": a quantifier standing for people.
        if word(p, last, in: Lexicon.quantifierPronouns),
            mention.count == 1 || mention.count == 2 && wordIs(p, mention.lowerBound, "the")
        {
            return false
        }
        return word(p, last, in: Lexicon.determiners) || word(p, last, in: Lexicon.timeWords)
            || word(p, last, in: Lexicon.npStops)
            || wordIs(p, last, in: Lexicon.nonSpeakerHeads)
            || (word(p, last, in: Lexicon.sentenceStarters) && mention.count == 1 && !isCapitalized(p, last))
            || isClauseFragment(p, mention)
    }

    /// Slips that no rule should name as a speaker: "that egregiously", "that allow companies to"
    /// (a clause, not a noun phrase), and a dateline ("PORT ELLEN, Sept. 28 —").
    func isClauseFragment(_ p: Int, _ mention: Range<Int>) -> Bool {
        guard let last = mention.last, isWord(p, last) else { return false }
        if mention.count > 1, isWord(p, mention.lowerBound), wordIs(p, mention.lowerBound, in: Lexicon.clausePronouns),
            !isCapitalized(p, last), word(p, last, endsWith: "ly") || wordIs(p, last, "to")
        {
            return true
        }
        return isDateline(p, mention)
    }

    /// "PORT ELLEN, Sept. 28 (AP) —": a place in capitals opening a paragraph, before a dash or a date.
    func isDateline(_ p: Int, _ mention: Range<Int>) -> Bool {
        let after = mention.upperBound
        // "PORT ELLEN, Fla. —": a state after the comma, then the dash.
        let state =
            isPunct(p, after, ",") && isCapitalized(p, after + 1)
            && (isPunct(p, after + 2, "—–-") || isPunct(p, after + 2, ".") && isPunct(p, after + 3, "—–-"))
        guard mention.lowerBound == 0,
            isPunct(p, after, "—–-") || isPunct(p, after, ",") && isWord(p, after + 1) && word(p, after + 1, in: Lexicon.months)
                || state
        else { return false }
        return mention.allSatisfy { t in
            isWord(p, t)
                && (tokens[p][t].start..<tokens[p][t].end).allSatisfy {
                    !Scalars.isWordScalar(scalars[$0]) || Scalars.isUpper(scalars[$0])
                }
        }
    }
}
