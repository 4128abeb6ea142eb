import SaywhoCore

/// Context rules: attributions carried to quotes that have none of their own.
extension AttributionRules {

    func applyContext(_ result: inout [LocalAttribution?]) {
        let order = frame.candidates.indices.sorted { frame.candidates[$0].segments[0].start < frame.candidates[$1].segments[0].start }
        // The latest attributed quote touching each paragraph, kept as the quotes go by in text
        // order, so a paragraph of thousands of quotes costs no more than thousands of lookups.
        var latest = [Int: LocalAttribution](minimumCapacity: frame.paragraphs.count)
        for q in order {
            if result[q] == nil, frame.candidates[q].kind == .block {
                // "Ferreira wrote:" then a block quote: the speaker of the colon's sentence.
                let p = frame.location[q][0].paragraph
                if p > 0, let colon = frame.tokens[p - 1].indices.last, frame.isPunct(p - 1, colon, ":"),
                    let intro = introduction(p - 1, endingAt: colon)
                {
                    result[q] = intro.carried(rule: "block quote after a colon", confidence: 0.85)
                }
            }
            if result[q] == nil && frame.candidates[q].kind != .block {
                let (p, t) = frame.location[q][0]
                // A phrase quoted inside a clause is the words of that clause's subject, whoever spoke before.
                if t > frame.sentenceStart(p, before: t), !frame.isPunct(p, t - 1, ":,") {
                    result[q] = possessiveSpeech(p, quote: t) ?? sentenceSubject(p, quote: t)
                }
                if result[q] != nil {
                } else if let prior = latest[p] {
                    result[q] = prior.carried(rule: Self.sameParagraphRule, confidence: 0.8)
                } else if t == 0 || (t == 1 && frame.isPunct(p, 0, "-—–•*")) {
                    result[q] = fromPreviousParagraph(p, latest: latest)
                }
                if result[q] == nil {
                    result[q] = sentenceSubject(p, quote: t)
                }
                if result[q] == nil {
                    result[q] = neighbourSentence(p, quote: t)
                }
            }
            if let found = result[q], found.label == nil, frame.isClauseFragment(found.paragraph, found.mention) { result[q] = nil }
            if let found = result[q] {
                for location in frame.location[q] { latest[location.paragraph] = found }
            }
        }
    }


    /// "The fact-checkers seized on Hale's claim that there have been “…”": the owner of the claim.
    func possessiveSpeech(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        var k = t - 1
        while k > s, t - k <= 14, !frame.isQuote(p, k) {
            if frame.isWord(p, k), frame.word(p, k, in: Lexicon.speechNouns) {
                var owner = k - 1
                // "his hyperbolic prediction": one adjective may stand between.
                if owner > s, !frame.isPossessive(p, owner), !frame.wordIs(p, owner, in: Lexicon.possessiveDeterminers) { owner -= 1 }
                guard owner >= s, frame.isWord(p, owner) else { return nil }
                guard frame.isPossessive(p, owner) && frame.isCapitalized(p, owner) || frame.wordIs(p, owner, in: Lexicon.personPossessives) else { return nil }
                return LocalAttribution(
                    paragraph: p, mention: owner..<(owner + 1), cue: k, rule: "owner of a claim", confidence: 0.6,
                    evidence: frame.range(p, s, frame.sentenceEnd(p, after: t)))
            }
            k -= 1
        }
        return nil
    }

    /// A quotation inside a sentence with no cue of its own: the sentence's subject uses the words.
    ///
    /// "The senator later dubbed the plan a “slow-motion disaster”" — news quotes a phrase in
    /// the middle of a clause mostly to show whose words they are, and that is the subject's.
    func sentenceSubject(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        let evidence = frame.range(p, s, frame.sentenceEnd(p, after: t))
        let subject = clauseSubject(p, from: s, before: t)
        // The inner clause names the speaker of a quote that is a statement either way: one the
        // sentence's subject already claims, or one long enough to stand alone. A short phrase
        // with no subject to claim it stays a scare quote.
        let token = frame.tokens[p][t]
        if subject != nil || frame.wordCount(of: TextRange(token.start, token.end)) >= 5,
            let inner = innermostSubject(p, from: s, before: t)
        {
            var found = LocalAttribution(paragraph: p, mention: inner.mention, cue: nil, rule: Self.clauseSubjectRule, confidence: 0.5, evidence: evidence)
            found.referent = inner.referent
            return found
        }
        guard let np = subject else { return nil }
        return LocalAttribution(paragraph: p, mention: np, cue: nil, rule: "sentence subject", confidence: 0.5, evidence: evidence)
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
                    || frame.isWord(p, k - 1) && frame.word(p, k - 1, in: Lexicon.clauseOpeners) && !frame.wordIs(p, k - 1, "that")
            {
                return (k..<(k + 1), nil)
            }
            if frame.wordIs(p, k, in: Lexicon.relativePronouns), k - 1 >= s, !((k + 1)..<t).contains(where: { frame.isPunct(p, $0, ",;") }) {
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
            if frame.word(p, v, in: Lexicon.prepositions) || frame.word(p, v, in: Lexicon.determiners) || frame.word(p, v, in: Lexicon.npStops)
                && !frame.word(p, v, in: Lexicon.auxiliaries)
            {
                continue
            }
            return (np, nil)
        }
        return nil
    }

    /// A quote standing as its own sentence with no tag: the person the sentences around it speak of.
    ///
    /// "Brook touted her record. “…”" lets the subject of the sentence before speak on.
    func neighbourSentence(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        guard s == t || frame.isPunct(p, t - 1, ":") else { return nil }
        // "When she spoke of coal, she offered this sound bite: “…”": the subject of the sentence the colon ends.
        if s < t, let np = clauseSubject(p, from: s, before: t - 1), frame.isCapitalized(p, np.upperBound - 1) || frame.isPronoun(p, np.lowerBound) {
            return LocalAttribution(
                paragraph: p, mention: np, cue: t - 1, rule: "subject of the sentence the colon ends", confidence: 0.6,
                evidence: frame.range(p, s, t + 1))
        }
        // The subject of the sentence before, in the same paragraph, for a quote long enough to be a statement.
        let token = frame.tokens[p][t]
        guard s == t, s > 0, frame.wordCount(of: TextRange(token.start, token.end)) >= 5 else { return nil }
        let previousStart = frame.sentenceStart(p, before: s - 1)
        // "…, Schiff said. “…”": the speech tag that closes the sentence before speaks on.
        var c = s - 2
        while c > previousStart, s - c <= 6, !frame.isCue(p, c) { c -= 1 }
        if c > previousStart, frame.isCue(p, c), frame.isShortTagTail(p, after: c),
            let np = frame.subjectBefore(p, verb: c, lowerBound: previousStart), frame.isPunct(p, np.lowerBound - 1, ",")
        {
            return LocalAttribution(
                paragraph: p, mention: np, cue: c, rule: "speech tag of the sentence before", confidence: 0.7,
                evidence: frame.range(p, previousStart, frame.sentenceEnd(p, after: t)))
        }
        guard previousStart < s - 1, let np = clauseSubject(p, from: previousStart, before: s - 1),
            frame.isCapitalized(p, np.upperBound - 1) || frame.isPronoun(p, np.lowerBound)
        else { return nil }
        return LocalAttribution(
            paragraph: p, mention: np, cue: nil, rule: "subject of the sentence before", confidence: 0.55,
            evidence: frame.range(p, previousStart, frame.sentenceEnd(p, after: t)))
    }

    /// The subject that opens the clause starting at `s`, after a conjunction or an opening
    /// adverbial ("In October, …"), trimmed to the name when a job title precedes it.
    func clauseSubject(_ p: Int, from start: Int, before t: Int, allowingIt: Bool = false) -> Range<Int>? {
        var s = start
        guard s < t else { return nil }
        if frame.isWord(p, s), frame.wordIs(p, s, in: Lexicon.sentenceConnectors) { s += 1 }
        // "Ironically, …": an adverb and a comma open the sentence like "However, …".
        // "Reprising one of her lines, the senator …": a participle phrase opens the sentence too.
        let opensWithAdverb = frame.isWord(p, s) && frame.word(p, s, endsWith: "ly") && frame.isPunct(p, s + 1, ",")
            || frame.isCapitalized(p, s) && frame.word(p, s, endsWith: "ing")
        if opensWithAdverb || frame.isWord(p, s) && frame.word(p, s, in: Lexicon.sentenceStarters)
            && !frame.word(p, s, in: Lexicon.determiners) && !frame.isPronoun(p, s)
        {
            var c = s
            while c < t, !frame.isPunct(p, c, ",") { c += 1 }
            guard c < t, c - s <= 16 else { return nil }
            s = c + 1
            // "On March 3, 2019, Brook gave …": a date's year stands in commas of its own.
            if frame.isNumber(p, s), frame.isPunct(p, s + 1, ",") { s += 2 }
        }
        guard s < t, var np = frame.subjectAfter(p, start: s, upperBound: t), np.lowerBound == s, np.upperBound < t else { return nil }
        // "Having a free press…", "Check out …": a capitalised verb opens the sentence, not a name.
        if np.count == 1, frame.word(p, np.lowerBound, endsWith: "ing") || frame.isWord(p, np.upperBound) && frame.wordIs(p, np.upperBound, in: Lexicon.openingVerbFollowers) {
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
        if k > np.lowerBound, k < np.upperBound - 1, !frame.isCapitalized(p, k), frame.word(p, k, in: Lexicon.titles) || frame.word(p, k, in: Lexicon.roleWords) {
            np = (k + 1)..<np.upperBound
        }
        return np
    }

    /// A quote that opens a paragraph: a colon intro, a statement going on, or an intro with a channel.
    func fromPreviousParagraph(_ p: Int, latest: [Int: LocalAttribution]) -> LocalAttribution? {
        guard p > 0 else { return nil }
        let prev = p - 1
        let tokens = frame.tokens[prev]
        guard !tokens.isEmpty else { return nil }
        // "Prell said Monday:" then the quote as its own paragraph.
        if frame.isPunct(prev, tokens.count - 1, ":") {
            if let intro = introduction(prev, endingAt: tokens.count - 1) {
                return intro.carried(rule: "paragraph after a colon", confidence: 0.85)
            }
        }
        // The statement goes on: the previous paragraph holds an attributed quote.
        if let last = latest[prev] {
            return last.carried(rule: "statement goes on from the previous paragraph", confidence: 0.75)
        }
        // An introduction that names who and where: "she took to Instagram on Wednesday".
        for back in 1...2 where p - back >= 0 {
            let para = p - back
            if frame.tokens[para].contains(where: { $0.kind == .quote }) { break }
            if let intro = channelIntroduction(para) {
                return intro.carried(rule: "introduced in a previous paragraph", confidence: 0.6)
            }
        }
        return nil
    }

    /// The speaker of a sentence that ends with a colon: a cue and its subject, or a name.
    func introduction(_ p: Int, endingAt colon: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: colon)
        let evidence = frame.range(p, s, colon + 1)
        var k = colon - 1
        while k >= s, !frame.isCue(p, k) { k -= 1 }
        if k >= s {
            if let np = frame.subjectBefore(p, verb: k, lowerBound: s) ?? frame.subjectAfter(p, start: k + 1, upperBound: colon) {
                return LocalAttribution(paragraph: p, mention: np, cue: k, rule: "", confidence: 0.85, evidence: evidence)
            }
            if frame.word(p, k, in: Lexicon.participles), let end = firstPhraseEnd(p, from: s, to: k) {
                return LocalAttribution(paragraph: p, mention: s..<end, cue: k, rule: "", confidence: 0.8, evidence: evidence)
            }
        }
        if let start = frame.nounPhrase(p, endingAt: colon - 1, lowerBound: s), colon - 1 - start < 5 {
            // "Brook sent the following lines:": a phrase after a verb is its object; the subject spoke.
            if start > s, let subject = clauseSubject(p, from: s, before: start), subject.upperBound < start {
                return LocalAttribution(paragraph: p, mention: subject, cue: colon, rule: "", confidence: 0.7, evidence: evidence)
            }
            return LocalAttribution(paragraph: p, mention: start..<colon, cue: colon, rule: "", confidence: 0.7, evidence: evidence)
        }
        return nil
    }

    /// A sentence in paragraph `p` whose subject gave a statement somewhere ("took to Instagram").
    func channelIntroduction(_ p: Int) -> LocalAttribution? {
        let count = frame.tokens[p].count
        var k = count - 1
        while k >= 0 {
            if frame.isWord(p, k), frame.word(p, k, in: Lexicon.introVerbs) {
                let hasChannel = !frame.wordIs(p, k, "took") || (frame.isWord(p, k + 1) && frame.wordIs(p, k + 1, "to"))
                let s = frame.sentenceStart(p, before: k)
                if hasChannel, let np = frame.subjectBefore(p, verb: k, lowerBound: s) {
                    let e = frame.sentenceEnd(p, after: k)
                    return LocalAttribution(paragraph: p, mention: np, cue: k, rule: "", confidence: 0.6, evidence: frame.range(p, s, e))
                }
            }
            k -= 1
        }
        return nil
    }
}

extension LocalAttribution {
    /// The same mention, carried to another quote by a context rule.
    func carried(rule: String, confidence: Double) -> LocalAttribution {
        var copy = self
        // "who" stands for its antecedent only in its own sentence; another quote carries the name.
        if let referent {
            copy.mention = referent
            copy.referent = nil
        }
        copy.rule = rule
        copy.confidence = min(self.confidence, confidence)
        return copy
    }
}
