import SaywhoCore

/// The rules that find a quote's speaker mention in the text around it.
///
/// Local rules read the sentence that holds the quote: a cue and a speaker after the
/// closing mark ("…,” said Jane Roe), or before the opening mark (Jane Roe said: “…”,
/// according to X, a mixed quote inside indirect speech). Context rules then carry
/// attributions to quotes with none of their own: another quote of the same paragraph,
/// a paragraph ending in a colon, a statement that goes on over several paragraphs, and
/// an introduction that names a speaker and a channel ("she took to Instagram").
struct AttributionRules {
    let frame: Frame

    init(frame: Frame) { self.frame = frame }

    /// Rules that carry or guess a speaker rather than read a cue; the extractor asks a short
    /// quote for more than these before it takes it for a statement.
    static let sameParagraphRule = "same paragraph as an attributed quote"
    static let clauseSubjectRule = "subject of the clause"

    func run() -> [LocalAttribution?] {
        var result: [LocalAttribution?] = []
        result.reserveCapacity(frame.candidates.count)
        for q in frame.candidates.indices {
            var found = local(q)
            // A mention that cannot speak ("one point", "that") is a parsing slip, not a speaker.
            if let f = found, f.label == nil, f.referent == nil, frame.isNonMention(f.paragraph, f.mention) { found = nil }
            result.append(found)
        }
        applyContext(&result)
        return result
    }

    // MARK: Local rules

    func local(_ q: Int) -> LocalAttribution? {
        let candidate = frame.candidates[q]
        if candidate.kind == .block { return nil }
        let first = frame.location[q][0]
        let last = frame.location[q][frame.location[q].count - 1]
        if let label = transcriptLabel(first.paragraph, quote: first.token) { return label }
        if let japanese = japaneseTag(last.paragraph, quote: last.token) { return japanese }
        let before = ruleBefore(first.paragraph, quote: first.token)
        let after = ruleAfter(last.paragraph, quote: last.token)
        let source = sourceLater(last.paragraph, quote: last.token)
        // "Roe was greeted with chants of “…” in May, according to the union's president": the
        // source named for the whole sentence outranks a verb inside it.
        if let source, source.rule == "after: according to", after == nil { return source }
        if let before, before.confidence >= 0.9 {
            // "Lee said Ward “had no chance,” the aide recalled.": a quote closed by a comma hands
            // the sentence to the speech tag after it, whoever the words before were about.
            if let after, after.confidence >= 0.9, before.rule == "before: speaker then cue",
                frame.lastInnerScalar(last.paragraph, last.token) == ",",
                let cue = after.cue,
                after.rule == "after: cue then speaker" ? frame.word(last.paragraph, cue, in: Lexicon.invertibleCues) : frame.isShortTagTail(last.paragraph, after: cue)
            {
                return after
            }
            return before
        }
        if let after { return after }
        if let signed = dashSignature(last.paragraph, quote: last.token) { return signed }
        if let before { return before }
        if let source { return source }
        return sentenceTag(last.paragraph, quote: last.token) ?? unlistedTag(last.paragraph, quote: last.token)
    }

    /// "“BROOK: Well, look…”": a transcript names its speaker in capitals and a colon inside the quote.
    func transcriptLabel(_ p: Int, quote t: Int) -> LocalAttribution? {
        let token = frame.tokens[p][t]
        guard let label = TranscriptLabel.find(in: frame.scalars, TextRange(token.start, token.end)) else { return nil }
        return LocalAttribution(
            paragraph: p, mention: t..<(t + 1), cue: nil, rule: "transcript speaker label", confidence: 0.85,
            evidence: TextRange(token.start, token.end), label: label)
    }

    /// X said: “…” / according to X, “…” / X called it “a disgrace”.
    func ruleBefore(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        guard s < t else { return nil }
        let evidence = TextRange(frame.tokens[p][s].start, frame.tokens[p][t].end)
        // according to X
        var k = t - 1
        while k >= s {
            if frame.isWord(p, k), frame.wordIs(p, k, "according"), frame.isWord(p, k + 1), frame.wordIs(p, k + 1, "to") {
                if let np = frame.subjectAfter(p, start: k + 2, upperBound: t) ?? describedName(p, from: k + 2, upperBound: t) {
                    return LocalAttribution(
                        paragraph: p, mention: np, cue: k, rule: "before: according to", confidence: 0.9, evidence: evidence)
                }
            }
            k -= 1
        }
        // "As Ms. Roe put it in a statement, the plan is “…”"
        k = s
        if frame.isWord(p, k), frame.wordIs(p, k, "as"), let np = frame.subjectAfter(p, start: k + 1, upperBound: t) {
            var v = np.upperBound
            while v < np.upperBound + 3, frame.isWord(p, v), frame.word(p, v, in: Lexicon.auxiliaries) { v += 1 }
            if frame.isWord(p, v), frame.wordIs(p, v, in: Lexicon.asXPutItVerbs) {
                return LocalAttribution(
                    paragraph: p, mention: np, cue: v, rule: "before: as X put it", confidence: 0.9, evidence: evidence)
            }
        }
        // The nearest cue verb before the quote with a subject; "Yepez said Perez was right to urge
        // leaders “…”" has no subject for "urge", so the earlier "said" decides.
        k = t
        while true {
            k -= 1
            while k >= s, !frame.isCue(p, k) { k -= 1 }
            guard k >= s else { break }
            let distance = t - k
            let adjacent = distance <= 4 || frame.isPunct(p, t - 1, ":")
            if frame.word(p, k, in: Lexicon.weakCues), !adjacent { continue }
            let isParticiple = frame.word(p, k, in: Lexicon.participles)
            // "…, saying “…”": the comma ends the subject's clause, so no subject stands right before.
            var np = isParticiple && frame.isPunct(p, k - 1, ",") ? nil : frame.subjectBefore(p, verb: k, lowerBound: s)
            // "Jane Roe issued a statement saying “…”": the document is the channel, its author the speaker.
            if isParticiple, let found = np, frame.word(p, found.upperBound - 1, in: Lexicon.documentWords) { np = nil }
            // "started their ninth debate saying": before a participle, a phrase that names no one is
            // the object of the verb before, not the participle's subject.
            if isParticiple, let found = np, !isSpeakerLike(p, found) { np = nil }
            // "a book called “…”", "a formula dubbed the “…”": a thing named, not words said.
            if let found = np, frame.word(p, k, in: Lexicon.namingVerbs), found.upperBound == k, !isSpeakerLike(p, found),
                k + 1 == t || k + 2 == t && frame.isWord(p, k + 1) && frame.word(p, k + 1, in: Lexicon.determiners)
            {
                continue
            }
            var rule = "before: speaker then cue"
            if np == nil, frame.word(p, k, in: Lexicon.participles) {
                // "…, saying “…”": the subject of the sentence said it.
                var c = k - 1
                // "…, not paying an architect who said he was stiffed, saying “…”": a cue inside a relative clause is not the sentence's.
                while c >= s, !(frame.isCue(p, c) && !frame.word(p, c, in: Lexicon.participles) && !isRelativeClauseVerb(p, c, lowerBound: s)) { c -= 1 }
                if c >= s { np = frame.subjectBefore(p, verb: c, lowerBound: s) }
                if np == nil { np = clauseSubject(p, from: s, before: k, allowingIt: true) }
                if np == nil, !frame.word(p, s, endsWith: "ing"), let end = firstPhraseEnd(p, from: s, to: k) { np = s..<end }
                // "After saying her foot was “so swollen,” she was …": the subject comes after the fronted clause.
                if np == nil, frame.lastInnerScalar(p, t) == ",", frame.isPronoun(p, t + 1) || frame.isCapitalized(p, t + 1),
                    let after = frame.subjectAfter(p, start: t + 1, upperBound: min(frame.tokens[p].count, t + 6)),
                    frame.isWord(p, after.upperBound), !frame.isCapitalized(p, after.upperBound)
                {
                    np = after
                }
                rule = "before: participle takes the subject"
            }
            // Inverted only right before the quote: said Jane Roe: “…”.
            if np == nil, frame.word(p, k, in: Lexicon.invertibleCues), let after = frame.subjectAfter(p, start: k + 1, upperBound: t),
                after.upperBound == t || (after.upperBound == t - 1 && frame.isPunct(p, t - 1, ",:")),
                frame.isCapitalized(p, after.upperBound - 1) || frame.isPronoun(p, after.lowerBound)
                    || frame.word(p, after.upperBound - 1, in: Lexicon.unnamedHeads)
            {
                np = after
                rule = "before: cue then speaker"
            }
            // "Ruth Imre compared the plan to a lottery and urged voters not to “…”": the verbs share the subject.
            if np == nil, !isParticiple, k - 1 >= s, frame.isWord(p, k - 1), frame.wordIs(p, k - 1, in: Lexicon.verbCoordinators),
                let shared = innermostSubject(p, from: s, before: k - 1)?.mention ?? clauseSubject(p, from: s, before: k - 1)
            {
                np = shared
                rule = "before: subject shared by coordinated verbs"
            }
            var referent: Range<Int>?
            if !isParticiple || np == nil, let who = relativeSubject(p, verb: k, lowerBound: s) {
                // "Prell, who called it “unfit”": the relative pronoun is the mention, the name before it the speaker.
                np = who.pronoun..<(who.pronoun + 1)
                referent = who.antecedent
                rule = "before: relative pronoun then cue"
            }
            var cue = k
            if let inner = np, rule == "before: speaker then cue", !frame.isPunct(p, t - 1, ":"), let outer = outerSpeaker(p, from: s, before: inner.lowerBound) {
                np = outer.mention
                cue = outer.cue
                rule = "before: outer speaker reports"
            }
            if let np {
                var found = LocalAttribution(
                    paragraph: p, mention: np, cue: cue, rule: rule, confidence: adjacent ? 0.92 : 0.75, evidence: evidence)
                found.referent = referent
                return found
            }
        }
        // X: “…” — a name and a colon right before the quote, when the name is the whole sentence so far.
        guard frame.isPunct(p, t - 1, ":"), t - 2 >= s else { return nil }
        // "… STATES FOR THE FIRST TIME - Jane Roe: “…”": a name after a dash stands alone too.
        if let start = frame.nounPhrase(p, endingAt: t - 2, lowerBound: s), start == s || frame.isPunct(p, start - 1, "-—–") {
            return LocalAttribution(
                paragraph: p, mention: start..<(t - 1), cue: t - 1, rule: "before: speaker and colon", confidence: 0.7,
                evidence: evidence)
        }
        // "… - Ann Lee and Jo Park: “…”": names joined by "and" after a dash.
        var dash = t - 2
        while dash > s, t - dash < 12, frame.isCapitalized(p, dash) || frame.wordIs(p, dash, "and") || frame.wordIs(p, dash, "of") { dash -= 1 }
        if frame.isPunct(p, dash, "-—–"), dash + 1 < t - 1, frame.isCapitalized(p, dash + 1), frame.isCapitalized(p, t - 2) {
            return LocalAttribution(
                paragraph: p, mention: (dash + 1)..<(t - 1), cue: t - 1, rule: "before: speaker and colon", confidence: 0.7,
                evidence: evidence)
        }
        // "Here's Brook in 1998: “…”", "More from the report: “…”": the phrase names the speaker,
        // at the sentence start or after a dash.
        var lead = frame.isPunct(p, dash, "-—–") ? dash + 1 : s
        if frame.wordIs(p, lead, "more") { lead += 1 }
        if frame.isWord(p, lead), frame.wordIs(p, lead, in: Lexicon.colonPresenters) { lead += 1 } else if frame.wordIs(p, lead, "here"), frame.wordIs(p, lead + 1, "is") { lead += 2 }
        if lead > s, let np = frame.subjectAfter(p, start: lead, upperBound: t - 1) ?? describedName(p, from: lead, upperBound: t - 1) {
            return LocalAttribution(
                paragraph: p, mention: np, cue: t - 1, rule: "before: here is X and a colon", confidence: 0.7, evidence: evidence)
        }
        // "Brook has been a surrogate with a simple message: “…”": the phrase before the colon is
        // what was said; the sentence's subject said it.
        if let np = clauseSubject(p, from: s, before: t - 1) {
            return LocalAttribution(
                paragraph: p, mention: np, cue: t - 1, rule: "before: subject of a sentence ending in a colon", confidence: 0.65,
                evidence: evidence)
        }
        return nil
    }


    /// A phrase that can be someone speaking: a name, a person pronoun or "it", a description
    /// of people, a document, or a quantifier standing for people.
    func isSpeakerLike(_ p: Int, _ np: Range<Int>) -> Bool {
        if frame.canSpeak(p, np) || np.count == 1 && frame.isPronoun(p, np.lowerBound) { return true }
        guard let last = np.last, frame.isWord(p, last) else { return false }
        return frame.word(p, last, in: Lexicon.documentWordsAndPlurals) || frame.word(p, last, in: Lexicon.quantifierPronouns)
            || frame.word(p, last, in: Lexicon.groupHeads) || frame.word(p, last, in: Lexicon.roleWordsAndPlurals)
    }


    /// The speaker of an earlier reporting verb whose complement holds the subject at `start`:
    /// "Prell said that Hale once described the deal as “…”" — Prell reports the words.
    /// "Ban condemned what he called a “breach”" — the clause's subject adopts them.
    func outerSpeaker(_ p: Int, from s: Int, before start: Int) -> (mention: Range<Int>, cue: Int)? {
        // Only a pronoun ("what he called") points back to the clause's subject; a name is someone else.
        if start - 1 >= s, frame.isWord(p, start - 1), frame.wordIs(p, start - 1, "what"), frame.isPronoun(p, start) {
            if let np = clauseSubject(p, from: s, before: start - 1), np.upperBound < start - 1 { return (np, start - 1) }
        }
        // "While he acknowledged X, Ham noted …": a clause closed by a comma before the subject is not its reporter.
        if frame.isPunct(p, start - 1, ",") { return nil }
        var c = start - 1
        while c >= s {
            if frame.isCue(p, c), frame.word(p, c, in: Lexicon.reportingVerbs), let np = frame.subjectBefore(p, verb: c, lowerBound: s) {
                return (np, c)
            }
            // A new clause ("…, but she cautions", "as the heckler yelled") has its own speaker.
            if frame.isPunct(p, c, ":") || frame.isQuote(p, c) { return nil }
            if frame.isWord(p, c), frame.wordIs(p, c, in: Lexicon.clauseBreaks) { return nil }
            c -= 1
        }
        return nil
    }

    /// True when `verb` follows "who", "which" or "that" (with auxiliaries between): the verb of a relative clause.
    func isRelativeClauseVerb(_ p: Int, _ verb: Int, lowerBound s: Int) -> Bool {
        var k = verb - 1
        while k >= s, frame.isWord(p, k), frame.word(p, k, in: Lexicon.auxiliaries), !frame.wordIs(p, k, in: Lexicon.relativePronouns) { k -= 1 }
        return k >= s && frame.isWord(p, k) && (frame.wordIs(p, k, in: Lexicon.relativePronouns) || frame.wordIs(p, k, "that"))
    }

    /// "X, who said" / "the group, which reported": the relative pronoun right before `verb` and the phrase it stands for.
    func relativeSubject(_ p: Int, verb: Int, lowerBound s: Int) -> (pronoun: Int, antecedent: Range<Int>?)? {
        var k = verb - 1
        // "who has in the past called": auxiliaries, adverbs and a short phrase of time.
        while k >= s, verb - k <= 6, frame.isWord(p, k), !frame.wordIs(p, k, in: Lexicon.relativePronouns),
            frame.word(p, k, in: Lexicon.auxiliaries) || frame.word(p, k, endsWith: "ly")
                || frame.word(p, k, in: Lexicon.timeWords) || frame.wordIs(p, k, "past")
                || (frame.word(p, k, in: Lexicon.determiners) && frame.isWord(p, k - 1) && frame.word(p, k - 1, in: Lexicon.prepositions))
        {
            k -= 1
        }
        guard k >= s, frame.isWord(p, k), frame.wordIs(p, k, in: Lexicon.relativePronouns) else { return nil }
        var e = k - 1
        if frame.isPunct(p, e, ",") { e -= 1 }
        guard e >= s, let start = frame.nounPhrase(p, endingAt: e, lowerBound: s) else { return (k, nil) }
        return (k, start..<(e + 1))
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
