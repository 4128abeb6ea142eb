/// Noun phrases and cue verbs in a frame: the building blocks of the attribution rules.
extension Frame {
    /// A verb of saying; capitalised words are names ("United States", "Reports"), not cues.
    mutating func isCue(_ p: Int, _ t: Int) -> Bool {
        guard isWord(p, t), !isCapitalized(p, t) else { return false }
        let w = lower(p, t)
        guard Lexicon.cueVerbs.contains(w) else { return false }
        // "his late-night tweets", "the claims", "of reports": after a determiner or an adjective, a noun.
        if Lexicon.nounLikeCues.contains(w), isWord(p, t - 1) {
            let before = lower(p, t - 1)
            if Lexicon.determiners.contains(before) || before == "of" || isPossessive(p, t - 1) || before.contains("-") { return false }
            // "a terse reply", "the angry calls": a determiner and one adjective before it.
            if !w.hasSuffix("s"), isWord(p, t - 2), ["a", "an"].contains(lower(p, t - 2)) { return false }
        }
        return true
    }

    mutating func isPronoun(_ p: Int, _ t: Int) -> Bool {
        isWord(p, t) && Lexicon.pronouns.contains(lower(p, t))
    }

    /// True for a word ending in a possessive ('s), which opens a noun phrase like a determiner.
    mutating func isPossessive(_ p: Int, _ t: Int) -> Bool {
        guard isWord(p, t) else { return false }
        let w = lower(p, t)
        return w.hasSuffix("'s") || w.hasSuffix("s'")
    }

    /// The speaker phrase that ends just before cue verb `verb`: "Jane Roe, a spokeswoman for the council, said".
    ///
    /// Returns the token range of the phrase that names the speaker (for an appositive, the name before it).
    mutating func subjectBefore(_ p: Int, verb: Int, lowerBound: Int) -> Range<Int>? {
        var k = verb - 1
        while k >= lowerBound, isWord(p, k), Lexicon.auxiliaries.contains(lower(p, k)), !isPronoun(p, k) { k -= 1 }
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
            if !appositiveLooksRight(p, from: comma + 1, to: k), let earlier = nameBeforeAppositives(p, from: comma, lowerBound: lowerBound) {
                return earlier
            }
            if !appositiveLooksRight(p, from: comma + 1, to: k) {
                // "Carson's business manager, Armstrong Williams, said": the name is the appositive.
                guard isCapitalized(p, k - 1), let name = nounPhrase(p, endingAt: k - 1, lowerBound: comma + 1), name == comma + 1,
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
        if start - 1 >= lowerBound, isWord(p, start - 1), !isCapitalized(p, start - 1), Lexicon.prepositions.contains(lower(p, start - 1)) {
            // "one of her ads asking": a quantifier heads the phrase.
            if lower(p, start - 1) == "of", isWord(p, start - 2), Lexicon.determiners.contains(lower(p, start - 2)) {
                return (start - 2)..<(k + 1)
            }
            if lower(p, verb).hasSuffix("ing") { return start..<(k + 1) }
            guard Lexicon.nounPrepositions.contains(lower(p, start - 1)), start - 2 >= lowerBound,
                let head = nounPhrase(p, endingAt: start - 2, lowerBound: lowerBound)
            else { return nil }
            return head..<(k + 1)
        }
        return start..<(k + 1)
    }

    /// The name before a run of comma groups ending at `comma`, when the group right after the
    /// name reads as an appositive ("59", "of Ashton", "a lawyer").
    mutating func nameBeforeAppositives(_ p: Int, from comma: Int, lowerBound: Int) -> Range<Int>? {
        var close = comma
        var groups = 0
        while groups < 4 {
            var open = close - 1
            while open >= lowerBound, !isPunct(p, open, ","), !isQuote(p, open), !isPunct(p, open, ";:!?"), close - open < 12 { open -= 1 }
            guard open > lowerBound, isPunct(p, open, ",") else { return nil }
            if appositiveLooksRight(p, from: open + 1, to: close) || isWord(p, open + 1) && lower(p, open + 1).allSatisfy(\.isNumber) {
                guard isCapitalized(p, open - 1), let start = nounPhrase(p, endingAt: open - 1, lowerBound: lowerBound) else { return nil }
                return start..<open
            }
            close = open
            groups += 1
        }
        return nil
    }

    /// True when a lower-case description of a person ends at `end` ("Carson's business manager").
    mutating func describesSomeone(_ p: Int, endingAt end: Int, lowerBound: Int) -> Bool {
        guard isWord(p, end), !isCapitalized(p, end) else { return false }
        let head = lower(p, end)
        // "the assailant, John McGraw,": a noun after a determiner describes the name that follows.
        if end - 1 >= lowerBound, isWord(p, end - 1), ["the", "a", "an", "his", "her", "their"].contains(lower(p, end - 1)) { return true }
        return Lexicon.unnamedHeads.contains(head) || Lexicon.titles.contains(head) || Lexicon.roleWords.contains(head)
    }

    /// An appositive starts with a determiner, a title or a lower-case word, or is an age or party tag.
    mutating func appositiveLooksRight(_ p: Int, from: Int, to: Int) -> Bool {
        guard from < to, isWord(p, from) else { return false }
        let w = lower(p, from)
        if Lexicon.determiners.contains(w) || w == "who" || Lexicon.titles.contains(w) || isPossessive(p, from) { return true }
        if !isCapitalized(p, from) { return true }
        // Party and state tags: D-Ohio, R-Texas; ages: 45.
        if w.count > 2, w.dropFirst().hasPrefix("-") { return true }
        // "Senator Ann Lowe, Republican of Calder, said": a party and a state.
        if ["republican", "democrat", "independent"].contains(w), isWord(p, from + 1), lower(p, from + 1) == "of" { return true }
        return false
    }

    /// The first token of a noun phrase that ends at `end`, or nil when none ends there.
    mutating func nounPhrase(_ p: Int, endingAt end: Int, lowerBound: Int) -> Int? {
        guard end >= lowerBound, isWord(p, end) else { return nil }
        let head = lower(p, end)
        if Lexicon.pronouns.contains(head) { return end }
        // "the two write", "another said": a quantifier standing alone for people.
        // "the mother of three": after "of" the quantifier ends a longer phrase.
        let afterOf = end - 1 >= lowerBound && wordIs(p, end - 1, "of")
        if Lexicon.quantifierPronouns.contains(head), !isCapitalized(p, end) || end == lowerBound, !afterOf {
            if end - 1 >= lowerBound, wordIs(p, end - 1, "the") { return end - 1 }
            if end - 1 < lowerBound || !isWord(p, end - 1) || !Lexicon.determiners.contains(lower(p, end - 1)) { return end }
        }
        if Lexicon.npStops.contains(head) || Lexicon.determiners.contains(head) && !(afterOf && Lexicon.quantifierPronouns.contains(head)) {
            return nil
        }
        // "the note says", "one tweet said": after a determiner a cue form is a noun.
        if Lexicon.cueVerbs.contains(head), !(Lexicon.nounLikeCues.contains(head) && end > lowerBound && isWord(p, end - 1)
            && (Lexicon.determiners.contains(lower(p, end - 1)) || isPossessive(p, end - 1)))
        {
            return nil
        }
        if isCapitalized(p, end) {
            var k = end
            while k - 1 >= lowerBound, isWord(p, k - 1) {
                let w = lower(p, k - 1)
                if isCapitalized(p, k - 1) {
                    if Lexicon.sentenceStarters.contains(w) && w != "the" {
                        break
                    }
                    k -= 1
                    if w == "the" { break }
                } else if Lexicon.titles.contains(w) || w == "of" || w == "de" || w == "van" || w == "von" || w == "al" || w == "bin" {
                    if w == "of" && !isCapitalized(p, k - 2) { break }
                    k -= 1
                } else if w == "the" {
                    k -= 1
                    break
                } else {
                    break
                }
            }
            if k == end, Lexicon.sentenceStarters.contains(head) { return nil }
            return k
        }
        // A lower-case phrase: "the source", "a spokeswoman for the campaign", "officials".
        var k = end
        var steps = 0
        var sawDeterminer = false
        while k - 1 >= lowerBound, isWord(p, k - 1), steps < 7 {
            let w = lower(p, k - 1)
            if Lexicon.determiners.contains(w) || isPossessive(p, k - 1) {
                k -= 1
                sawDeterminer = true
                break
            }
            if Lexicon.npStops.contains(w) || Lexicon.cueVerbs.contains(w) || Lexicon.pronouns.contains(w) { break }
            k -= 1
            steps += 1
        }
        // "the former first lady and U.S. senator said": a role ends a description as a person noun does.
        if sawDeterminer || Lexicon.unnamedHeads.contains(head) || Lexicon.organisationWords.contains(head) || Lexicon.roleWords.contains(head)
            || head.hasSuffix("s") && Lexicon.roleWords.contains(String(head.dropLast()))
        {
            if !sawDeterminer {
                // Without a determiner, keep only the head and the words right before it that name it.
                return end
            }
            return k
        }
        return nil
    }

    /// The speaker phrase that starts at `start`, after an inverted cue ("said Jane Roe, a spokeswoman").
    mutating func subjectAfter(_ p: Int, start: Int, upperBound: Int) -> Range<Int>? {
        var k = start
        while k < upperBound, isWord(p, k), Lexicon.timeWords.contains(lower(p, k)), !isCapitalized(p, k) || isWeekday(lower(p, k)) {
            k += 1
        }
        guard k < upperBound, isWord(p, k) else { return nil }
        let first = lower(p, k)
        if Lexicon.pronouns.contains(first) { return k..<(k + 1) }
        // "tweeted another.": a quantifier that ends the phrase stands for a person.
        if Lexicon.quantifierPronouns.contains(first), k + 1 >= upperBound || !isWord(p, k + 1) { return k..<(k + 1) }
        var e = k
        // "His partner at Lenox": a determiner opening a sentence is capitalised, but still a determiner
        // when a lower-case word follows ("The Post's Ruth Marcus" reads as a name).
        let determiner = Lexicon.determiners.contains(first) && first != "one" && isWord(p, k + 1) && !isCapitalized(p, k + 1)
        if isCapitalized(p, k) && !determiner || Lexicon.titles.contains(first) {
            while e < upperBound, isWord(p, e) {
                let w = lower(p, e)
                // "CBS moderator Nancy Cordes": a role between capitalised words belongs to the name.
                let role = Lexicon.roleWords.contains(w) && isCapitalized(p, e + 1) && e > k
                if isCapitalized(p, e) || Lexicon.titles.contains(w) || (w == "of" && isCapitalized(p, e + 1)) || role {
                    if e > k, isWeekday(w) { break }
                    e += 1
                } else {
                    break
                }
            }
            return e > k ? k..<e : nil
        }
        if Lexicon.determiners.contains(first) || Lexicon.unnamedHeads.contains(first) {
            e = k + 1
            var sawNoun = Lexicon.unnamedHeads.contains(first)
            while e < upperBound, isWord(p, e), e - k < 8 {
                let w = lower(p, e)
                if w == "for" || w == "of" || w == "to" || w == "with" || w == "at" || w == "in" {
                    guard sawNoun, isWord(p, e + 1) else { break }
                    e += 1
                    continue
                }
                if Lexicon.npStops.contains(w) || Lexicon.cueVerbs.contains(w) || Lexicon.timeWords.contains(w) && !isCapitalized(p, e) { break }
                sawNoun = true
                e += 1
                // A known head ends the phrase unless a preposition or a name goes on with it.
                let isHead = Lexicon.unnamedHeads.contains(w) || Lexicon.roleWords.contains(w) || Lexicon.titles.contains(w)
                    || Lexicon.organisationWords.contains(w)
                if isHead, !isCapitalized(p, e), !(isWord(p, e) && ["for", "of", "to", "with", "at"].contains(lower(p, e))) { break }
            }
            return sawNoun && e > k + 1 || Lexicon.unnamedHeads.contains(first) ? k..<e : nil
        }
        return nil
    }

    func isWeekday(_ w: String) -> Bool {
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight"].contains(w)
    }

    /// True for a few words that describe the name after them ("White House press secretary", "one senior").
    mutating func isPremodifier(_ p: Int, from: Int, to: Int) -> Bool {
        guard to > from, to - from <= 6 else { return false }
        for k in from..<to {
            guard isWord(p, k) else { return false }
            let w = lower(p, k)
            if Lexicon.npStops.contains(w) || Lexicon.cueVerbs.contains(w) || Lexicon.pronouns.contains(w) { return false }
        }
        return true
    }

    /// True when what follows cue `c` reads as the rest of a speech tag, not a new clause:
    /// nothing, a time, an audience, an adverb or a prepositional phrase ("said in a statement").
    mutating func isShortTagTail(_ p: Int, after c: Int) -> Bool {
        let next = c + 1
        guard isWord(p, next) else { return true }
        let w = lower(p, next)
        if w == "that" { return false }
        if Lexicon.timeWords.contains(w) || isCapitalized(p, next) || w.hasSuffix("ly") { return true }
        return Lexicon.tagWords.contains(w)
    }

    /// True when a mention can name someone who speaks: a name, a person pronoun, or a
    /// description with a person or organisation head ("The", "That", "It" cannot).
    mutating func canSpeak(_ p: Int, _ mention: Range<Int>) -> Bool {
        for t in mention where isWord(p, t) {
            let w = lower(p, t)
            if ["he", "she", "they", "i", "we"].contains(w) { return true }
            if isCapitalized(p, t), !Lexicon.sentenceStarters.contains(w), !Lexicon.titles.contains(w) { return true }
            if Lexicon.unnamedHeads.contains(w) || Lexicon.organisationWords.contains(w) || Lexicon.roleWords.contains(w) { return true }
        }
        return false
    }

    /// True for a mention that is only function words or a time ("The", "That", "one point", "Monday").
    mutating func isNonMention(_ p: Int, _ mention: Range<Int>) -> Bool {
        guard let last = mention.last, isWord(p, last) else { return true }
        if mention.count == 1, isPronoun(p, last) { return false }
        let head = lower(p, last)
        // "another", "the two": a quantifier standing for people.
        if Lexicon.quantifierPronouns.contains(head), mention.count == 1 || mention.count == 2 && wordIs(p, mention.lowerBound, "the") {
            return false
        }
        return Lexicon.determiners.contains(head) || Lexicon.timeWords.contains(head) || Lexicon.npStops.contains(head)
            || ["point", "time", "way", "moment", "there", "this", "that"].contains(head)
            || (Lexicon.sentenceStarters.contains(head) && mention.count == 1 && !isCapitalized(p, last))
            || isClauseFragment(p, mention)
    }

    /// Slips that no rule should name as a speaker: "that egregiously", "that allow companies to"
    /// (a clause, not a noun phrase), and a dateline ("LOS ANGELES, Sept. 28 —").
    mutating func isClauseFragment(_ p: Int, _ mention: Range<Int>) -> Bool {
        guard let last = mention.last, isWord(p, last) else { return false }
        let head = lower(p, last)
        if mention.count > 1, isWord(p, mention.lowerBound), ["that", "which"].contains(lower(p, mention.lowerBound)),
            !isCapitalized(p, last), head.hasSuffix("ly") || head == "to"
        {
            return true
        }
        return isDateline(p, mention)
    }

    static let months: WordSet = [
        "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// "LOS ANGELES, Sept. 28 (UPI) —": a place in capitals opening a paragraph, before a dash or a date.
    mutating func isDateline(_ p: Int, _ mention: Range<Int>) -> Bool {
        let after = mention.upperBound
        guard mention.lowerBound == 0,
            isPunct(p, after, "—–-") || isPunct(p, after, ",") && isWord(p, after + 1) && Frame.months.contains(lower(p, after + 1))
        else { return false }
        return mention.allSatisfy { t in
            isWord(p, t) && (tokens[p][t].start..<tokens[p][t].end).allSatisfy { !Scalars.isWordScalar(scalars[$0]) || Scalars.isUpper(scalars[$0]) }
        }
    }
}
