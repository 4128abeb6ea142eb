import SaywhoCore

/// Rules that read the words after a quote: a speech tag ("…,” said Jane Roe / Jane Roe
/// said), a signature after a dash, a name and a verb the lexicon lacks, a sentence that
/// ends with its tag, and a source named later in the sentence ("according to X").
extension AttributionRules {
    /// "“…,” Hale pressed." / "“…,” Brook shot back.": a name and a verb the lexicon lacks
    /// closing the sentence right after a quote that ends in punctuation.
    func unlistedTag(_ p: Int, quote t: Int) -> LocalAttribution? {
        guard let inner = frame.lastInnerScalar(p, t), !Scalars.isWordScalar(inner) else { return nil }
        var j = t + 1
        if frame.isPunct(p, j, ",") { j += 1 }
        // "“…,” Tom Hale shot back." / "“…,” an angry Hale retorted.": a name, a pronoun, or a described name.
        let determiner = frame.isWord(p, j) && frame.word(p, j, in: Lexicon.determiners)
        let group = determiner && frame.isWord(p, j + 1) && frame.word(p, j + 1, in: Lexicon.groupHeads)
        let describedName = determiner && frame.isCapitalized(p, j + 2)
        guard frame.isCapitalized(p, j) || frame.isPronoun(p, j) || describedName || group,
            let np = group ? j..<(j + 2) : frame.subjectAfter(p, start: j, upperBound: min(frame.tokens[p].count, j + 6)),
            !describedName || frame.isCapitalized(p, np.upperBound - 1)
        else { return nil }
        let v = np.upperBound
        guard frame.isWord(p, v), !frame.isCapitalized(p, v) else { return nil }
        var end = v + 1
        if frame.isWord(p, end), frame.wordIs(p, end, in: Lexicon.verbParticles) { end += 1 }
        // "“…,” Hale sings to the crowd": after a comma inside the quote, a tag may go on with an audience or a time.
        let tagGoesOn = inner == "," && frame.isShortTagTail(p, after: end - 1)
        guard frame.word(p, v, endsWith: "ed") || frame.word(p, v, endsWith: "s") || end > v + 1, !frame.word(p, v, in: Lexicon.npStops),
            end >= frame.tokens[p].count || frame.isPunct(p, end, ".,;!?") || tagGoesOn
        else { return nil }
        return LocalAttribution(
            paragraph: p, mention: np, cue: v, rule: "after: speaker then unlisted verb", confidence: 0.7,
            evidence: frame.range(p, t, end))
    }

    /// "…,” said X. / "…,” X said. / "…,” X, a spokesman for Y, said.
    func ruleAfter(_ p: Int, quote t: Int) -> LocalAttribution? {
        var j = t + 1
        // A stray ' after ''…'' (a nested quote closed at the same place) is part of the marks.
        while frame.isPunct(p, j, ",—–-('\u{2019}") { j += 1 }
        let end = frame.sentenceEnd(p, after: t)
        let evidenceStart = frame.tokens[p][t].start
        let breaksSentence = frame.isSentenceBreakAfterQuote(p, t)
        guard j < end else { return nil }
        if frame.isCue(p, j) {
            // "“…,” adding that he …": a participle goes on with the sentence's subject; only a
            // finite verb takes its speaker after it.
            if frame.word(p, j, endsWith: "ing") { return nil }
            // "the ad “unmistakably and wrongfully” suggests that …": a quote inside a clause is the
            // verb's subject, not its object; only a quote closed by punctuation takes an inverted tag.
            if j == t + 1, let last = frame.lastInnerScalar(p, t), Scalars.isWordScalar(last), !frame.word(p, j, in: Lexicon.invertibleCues) {
                return nil
            }
            if let np = frame.subjectAfter(p, start: j + 1, upperBound: end) ?? describedName(p, from: j + 1, upperBound: end) {
                return LocalAttribution(
                    paragraph: p, mention: np, cue: j, rule: "after: cue then speaker", confidence: 0.95,
                    evidence: TextRange(evidenceStart, frame.range(p, j, end).end))
            }
            return nil
        }
        // The speaker may carry a description before the name and an appositive after it:
        // "…,” White House press secretary Jane Roe, a former lawyer, said.
        var k = j
        let limit = min(end, j + 40)
        while k < limit, !frame.isQuote(p, k), !frame.isCue(p, k) { k += 1 }
        guard k < limit, frame.isCue(p, k) else { return nil }
        let evidence = TextRange(evidenceStart, frame.range(p, j, end).end)
        if !breaksSentence, frame.isWord(p, j), frame.word(p, j, in: Lexicon.determiners),
            let found = frame.subjectAfter(p, start: j, upperBound: k), k - found.upperBound <= 2,
            (found.upperBound..<k).allSatisfy({ frame.isWord(p, $0) && !frame.word(p, $0, in: Lexicon.npStops) }),
            found.contains(where: { frame.isWord(p, $0) && frame.wordIs(p, $0, in: Lexicon.descriptionPrepositions) })
        {
            let np = found.lowerBound..<k
            // "…?” a narrator in the campaign ad asks.": a description with its prepositional phrase.
            return LocalAttribution(
                paragraph: p, mention: np, cue: k, rule: "after: speaker then cue", confidence: 0.9, evidence: evidence)
        }
        guard let np = frame.subjectBefore(p, verb: k, lowerBound: j),
            np.lowerBound == j || frame.isPremodifier(p, from: j, to: np.lowerBound)
                // "…,” the assailant, Tom Hale, told …": a description, a comma, then the name.
                || frame.isPunct(p, np.lowerBound - 1, ",") && frame.isPremodifier(p, from: j, to: np.lowerBound - 1)
        else {
            // "…,” Jane Roe, the pollster who founded the site tweeted: a name, then an unclosed appositive.
            if !breaksSentence, frame.isPunct(p, j + 1, ",") || frame.isPunct(p, (frame.subjectAfter(p, start: j, upperBound: k)?.upperBound ?? j), ","),
                let name = frame.subjectAfter(p, start: j, upperBound: k), frame.isCapitalized(p, j), frame.isPunct(p, name.upperBound, ",")
            {
                return LocalAttribution(
                    paragraph: p, mention: name, cue: k, rule: "after: speaker, description, cue", confidence: 0.8, evidence: evidence)
            }
            return nil
        }
        if breaksSentence, !frame.isShortTagTail(p, after: k) { return nil }
        // "…insecurity.” Mr. Franco added: “…”": a new sentence whose tag opens a quote of its own
        // speaks that quote, not the one before.
        if breaksSentence, (k + 1..<frame.sentenceEnd(p, after: k)).contains(where: { frame.isQuote(p, $0) }) { return nil }
        return LocalAttribution(
            paragraph: p, mention: np, cue: k, rule: "after: speaker then cue", confidence: breaksSentence ? 0.8 : 0.95,
            evidence: evidence)
    }

    /// "said 24/7 nurse Lia Moss": a few lower-case words or numbers that describe the name after them.
    func describedName(_ p: Int, from start: Int, upperBound: Int) -> Range<Int>? {
        var k = start
        while k < min(upperBound, start + 6), !frame.isCapitalized(p, k) {
            if frame.isWord(p, k) {
                if frame.word(p, k, in: Lexicon.npStops) || frame.word(p, k, in: Lexicon.cueVerbs) || frame.word(p, k, in: Lexicon.pronouns) { return nil }
            } else if !frame.isPunct(p, k, "/-") {
                return nil
            }
            k += 1
        }
        guard k > start, frame.isCapitalized(p, k), let name = frame.subjectAfter(p, start: k, upperBound: upperBound) else { return nil }
        return name
    }

    /// "…” agitated the crowd, according to a source at the station." / "…,” per the bylaws." / "…,” as a Treasury memo put it.":
    /// a source named later in the sentence, with no other cue between.
    func sourceLater(_ p: Int, quote t: Int) -> LocalAttribution? {
        // "…without delay.” Brook plans to visit, according to an aide.": that source is the next sentence's.
        guard !frame.isSentenceBreakAfterQuote(p, t) else { return nil }
        let end = frame.sentenceEnd(p, after: t)
        var k = t + 1
        while k < end - 1, !frame.isQuote(p, k), !frame.isCue(p, k) {
            defer { k += 1 }
            // "according to X", "per X"
            let source = frame.wordIs(p, k, "according") && frame.wordIs(p, k + 1, "to") ? k + 2 : frame.wordIs(p, k, "per") ? k + 1 : nil
            if let source, let np = frame.subjectAfter(p, start: source, upperBound: end) ?? describedName(p, from: source, upperBound: end) {
                return LocalAttribution(
                    paragraph: p, mention: np, cue: k, rule: "after: according to", confidence: 0.85,
                    evidence: TextRange(frame.tokens[p][t].start, frame.range(p, k, end).end))
            }
            if frame.wordIs(p, k, "as"), let np = frame.subjectAfter(p, start: k + 1, upperBound: end),
                frame.wordIs(p, np.upperBound, "put") || frame.wordIs(p, np.upperBound, "puts")
            {
                return LocalAttribution(
                    paragraph: p, mention: np, cue: np.upperBound, rule: "after: as X put it", confidence: 0.85,
                    evidence: TextRange(frame.tokens[p][t].start, frame.range(p, k, end).end))
            }
        }
        return nil
    }

    /// "“…” ― Jane Roe": a name after a dash that ends the paragraph or sentence signs the quote.
    func dashSignature(_ p: Int, quote t: Int) -> LocalAttribution? {
        guard frame.isPunct(p, t + 1, "\u{2015}\u{2014}\u{2013}-"), frame.isCapitalized(p, t + 2),
            let name = frame.subjectAfter(p, start: t + 2, upperBound: min(frame.tokens[p].count, t + 12))
        else { return nil }
        let e = name.upperBound
        // Only a signature: nothing but a full stop, a handle or a date may follow the name.
        guard e >= frame.tokens[p].count || frame.isPunct(p, e, ".,(") else { return nil }
        return LocalAttribution(
            paragraph: p, mention: name, cue: nil, rule: "after: name signs the quote", confidence: 0.85,
            evidence: TextRange(frame.tokens[p][t].start, frame.range(p, t, e).end))
    }

    /// "…” before the crash, she said.": a sentence that ends with a speech tag after a comma.
    func sentenceTag(_ p: Int, quote t: Int) -> LocalAttribution? {
        let end = frame.sentenceEnd(p, after: t)
        var c = end - 1
        while c > t, !frame.isCue(p, c), end - c <= 12, !frame.isQuote(p, c) { c -= 1 }
        guard c > t + 1, frame.isCue(p, c) else { return nil }
        // "…” in the council's view, said Ann Lowe.": the tag inverted, its name closing the sentence.
        if frame.isPunct(p, c - 1, ","), frame.word(p, c, in: Lexicon.invertibleCues),
            let name = frame.subjectAfter(p, start: c + 1, upperBound: end) ?? describedName(p, from: c + 1, upperBound: end),
            name.upperBound >= end - 1 || frame.isPunct(p, name.upperBound, ",(")
        {
            return LocalAttribution(
                paragraph: p, mention: name, cue: c, rule: "after: sentence ends with a speech tag", confidence: 0.85,
                evidence: TextRange(frame.tokens[p][t].start, frame.range(p, t, end).end))
        }
        guard frame.isShortTagTail(p, after: c), let np = frame.subjectBefore(p, verb: c, lowerBound: t + 1), np.lowerBound > t + 1,
            frame.isPunct(p, np.lowerBound - 1, ",")
        else { return nil }
        return LocalAttribution(
            paragraph: p, mention: np, cue: c, rule: "after: sentence ends with a speech tag", confidence: 0.85,
            evidence: TextRange(frame.tokens[p][t].start, frame.range(p, t, end).end))
    }
}
