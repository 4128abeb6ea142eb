/// The rules that find a quote's speaker mention in the text around it.
///
/// Local rules read the sentence that holds the quote: a cue and a speaker after the
/// closing mark ("…,” said Jane Roe), or before the opening mark (Jane Roe said: “…”,
/// according to X, a mixed quote inside indirect speech). Context rules then carry
/// attributions to quotes with none of their own: another quote of the same paragraph,
/// a paragraph ending in a colon, a statement that goes on over several paragraphs, and
/// an introduction that names a speaker and a channel ("she took to Instagram").
struct AttributionRules {
    var frame: Frame

    init(frame: Frame) { self.frame = frame }

    mutating func run() -> [LocalAttribution?] {
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

    mutating func local(_ q: Int) -> LocalAttribution? {
        let candidate = frame.candidates[q]
        if candidate.kind == .block { return nil }
        let first = frame.location[q][0]
        let last = frame.location[q][frame.location[q].count - 1]
        if let label = transcriptLabel(first.paragraph, quote: first.token) { return label }
        if let japanese = japaneseTag(last.paragraph, quote: last.token) { return japanese }
        let before = ruleBefore(first.paragraph, quote: first.token)
        let after = ruleAfter(last.paragraph, quote: last.token)
        // "Roe was greeted with chants of “…” in May, according to the union's president": the
        // source named for the whole sentence outranks a verb inside it.
        if let source = sourceLater(last.paragraph, quote: last.token), source.rule == "after: according to", after == nil { return source }
        if let before, before.confidence >= 0.9 {
            // "Lee said Ward “had no chance,” the aide recalled.": a quote closed by a comma hands
            // the sentence to the speech tag after it, whoever the words before were about.
            if let after, after.confidence >= 0.9, before.rule == "before: speaker then cue",
                frame.lastInnerScalar(last.paragraph, last.token) == ",",
                let cue = after.cue,
                after.rule == "after: cue then speaker" ? Lexicon.invertibleCues.contains(frame.lower(last.paragraph, cue)) : frame.isShortTagTail(last.paragraph, after: cue)
            {
                return after
            }
            return before
        }
        if let after { return after }
        if let signed = dashSignature(last.paragraph, quote: last.token) { return signed }
        if let before { return before }
        if let source = sourceLater(last.paragraph, quote: last.token) { return source }
        return sentenceTag(last.paragraph, quote: last.token) ?? unlistedTag(last.paragraph, quote: last.token)
    }

    /// "“…,” Hannity pressed." / "“…,” Bennett shot back.": a name and a verb the lexicon lacks
    /// closing the sentence right after a quote that ends in punctuation.
    mutating func unlistedTag(_ p: Int, quote t: Int) -> LocalAttribution? {
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
        if frame.isWord(p, end), frame.wordIs(p, end, ["back", "out", "in", "up", "on"]) { end += 1 }
        // "“…,” Blige sings to the crowd": after a comma inside the quote, a tag may go on with an audience or a time.
        let tagGoesOn = inner == "," && frame.isShortTagTail(p, after: end - 1)
        guard frame.word(p, v, endsWith: "ed") || frame.word(p, v, endsWith: "s") || end > v + 1, !frame.word(p, v, in: Lexicon.npStops),
            end >= frame.tokens[p].count || frame.isPunct(p, end, ".,;!?") || tagGoesOn
        else { return nil }
        return LocalAttribution(
            paragraph: p, mention: np, cue: v, rule: "after: speaker then unlisted verb", confidence: 0.7,
            evidence: frame.range(p, t, end))
    }

    /// "…,” said X. / "…,” X said. / "…,” X, a spokesman for Y, said.
    mutating func ruleAfter(_ p: Int, quote t: Int) -> LocalAttribution? {
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
            found.contains(where: { frame.isWord(p, $0) && frame.wordIs(p, $0, ["in", "of", "for", "at", "with", "to"]) })
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

    /// "“PENCE: Well, look…”": a transcript names its speaker in capitals and a colon inside the quote.
    func transcriptLabel(_ p: Int, quote t: Int) -> LocalAttribution? {
        let token = frame.tokens[p][t]
        guard let label = TranscriptLabel.find(in: frame.scalars, TextRange(token.start, token.end)) else { return nil }
        return LocalAttribution(
            paragraph: p, mention: t..<(t + 1), cue: nil, rule: "transcript speaker label", confidence: 0.85,
            evidence: TextRange(token.start, token.end), label: label)
    }

    /// "said 9/11 widow Terry Strada": a few lower-case words or numbers that describe the name after them.
    mutating func describedName(_ p: Int, from start: Int, upperBound: Int) -> Range<Int>? {
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
    mutating func sourceLater(_ p: Int, quote t: Int) -> LocalAttribution? {
        // "…without delay.” Clinton plans to visit, according to an aide.": that source is the next sentence's.
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
    mutating func dashSignature(_ p: Int, quote t: Int) -> LocalAttribution? {
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
    mutating func sentenceTag(_ p: Int, quote t: Int) -> LocalAttribution? {
        let end = frame.sentenceEnd(p, after: t)
        var c = end - 1
        while c > t, !frame.isCue(p, c), end - c <= 12, !frame.isQuote(p, c) { c -= 1 }
        guard c > t + 1, frame.isCue(p, c) else { return nil }
        // "…” for the party, said Ann Kunin.": the tag inverted, its name closing the sentence.
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

    /// X said: “…” / according to X, “…” / X called it “a disgrace”.
    mutating func ruleBefore(_ p: Int, quote t: Int) -> LocalAttribution? {
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
            if frame.isWord(p, v), frame.wordIs(p, v, ["put", "puts", "said", "says", "wrote", "writes", "noted", "notes", "explained"]) {
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
            if let found = np, frame.word(p, k, in: Self.namingVerbs), found.upperBound == k, !isSpeakerLike(p, found),
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
            if np == nil, !isParticiple, k - 1 >= s, frame.isWord(p, k - 1), frame.wordIs(p, k - 1, ["and", "but", "then"]),
                let shared = innermostSubject(p, from: s, before: k - 1)?.mention ?? clauseSubject(p, from: s, before: k - 1)
            {
                np = shared
                rule = "before: subject shared by coordinated verbs"
            }
            var referent: Range<Int>?
            if !isParticiple || np == nil, let who = relativeSubject(p, verb: k, lowerBound: s) {
                // "Obama, who called it “unfit”": the relative pronoun is the mention, the name before it the speaker.
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
        // "Here's Clinton in 1992: “…”", "More from the report: “…”": the phrase names the speaker,
        // at the sentence start or after a dash.
        var lead = frame.isPunct(p, dash, "-—–") ? dash + 1 : s
        if frame.wordIs(p, lead, "more") { lead += 1 }
        if frame.isWord(p, lead), ["here's", "from"].contains(frame.lower(p, lead)) { lead += 1 } else if frame.wordIs(p, lead, "here"), frame.wordIs(p, lead + 1, "is") { lead += 2 }
        if lead > s, let np = frame.subjectAfter(p, start: lead, upperBound: t - 1) ?? describedName(p, from: lead, upperBound: t - 1) {
            return LocalAttribution(
                paragraph: p, mention: np, cue: t - 1, rule: "before: here is X and a colon", confidence: 0.7, evidence: evidence)
        }
        // "Warren has been a surrogate with a simple message: “…”": the phrase before the colon is
        // what was said; the sentence's subject said it.
        if let np = clauseSubject(p, from: s, before: t - 1) {
            return LocalAttribution(
                paragraph: p, mention: np, cue: t - 1, rule: "before: subject of a sentence ending in a colon", confidence: 0.65,
                evidence: evidence)
        }
        return nil
    }

    /// Participles that name a thing rather than report speech when they follow a noun.
    static let namingVerbs: WordSet = ["called", "dubbed", "labeled", "labelled", "termed", "branded", "titled", "named"]

    /// A phrase that can be someone speaking: a name, a person pronoun or "it", a description
    /// of people, a document, or a quantifier standing for people.
    mutating func isSpeakerLike(_ p: Int, _ np: Range<Int>) -> Bool {
        if frame.canSpeak(p, np) || np.count == 1 && frame.isPronoun(p, np.lowerBound) { return true }
        guard let last = np.last, frame.isWord(p, last) else { return false }
        return frame.word(p, last, in: Lexicon.documentWordsAndPlurals) || frame.word(p, last, in: Lexicon.quantifierPronouns)
            || frame.word(p, last, in: Lexicon.groupHeads) || frame.word(p, last, in: Lexicon.roleWordsAndPlurals)
    }

    /// Verbs of reporting whose subject owns the words quoted in their complement.
    static let reportingVerbs: WordSet = [
        "said", "says", "told", "tells", "added", "adds", "argued", "argues", "noted", "notes", "wrote", "writes",
        "explained", "claimed", "claims", "insisted", "insists", "recalled", "acknowledged", "suggested", "contended",
        "stressed", "warned", "testified", "maintained", "predicted", "announced", "complained",
    ]

    /// The speaker of an earlier reporting verb whose complement holds the subject at `start`:
    /// "Trump said that Clinton once described the deal as “…”" — Trump reports the words.
    /// "Ban condemned what he called a “breach”" — the clause's subject adopts them.
    mutating func outerSpeaker(_ p: Int, from s: Int, before start: Int) -> (mention: Range<Int>, cue: Int)? {
        // Only a pronoun ("what he called") points back to the clause's subject; a name is someone else.
        if start - 1 >= s, frame.isWord(p, start - 1), frame.wordIs(p, start - 1, "what"), frame.isPronoun(p, start) {
            if let np = clauseSubject(p, from: s, before: start - 1), np.upperBound < start - 1 { return (np, start - 1) }
        }
        // "While he acknowledged X, Ham noted …": a clause closed by a comma before the subject is not its reporter.
        if frame.isPunct(p, start - 1, ",") { return nil }
        var c = start - 1
        while c >= s {
            if frame.isCue(p, c), frame.word(p, c, in: Self.reportingVerbs), let np = frame.subjectBefore(p, verb: c, lowerBound: s) {
                return (np, c)
            }
            // A new clause ("…, but she cautions", "as the heckler yelled") has its own speaker.
            if frame.isPunct(p, c, ":") || frame.isQuote(p, c) { return nil }
            if frame.isWord(p, c), frame.wordIs(p, c, ["but", "although", "though", "while", "as", "when", "whereas", "which", "who"]) { return nil }
            c -= 1
        }
        return nil
    }

    /// True when `verb` follows "who", "which" or "that" (with auxiliaries between): the verb of a relative clause.
    mutating func isRelativeClauseVerb(_ p: Int, _ verb: Int, lowerBound s: Int) -> Bool {
        var k = verb - 1
        while k >= s, frame.isWord(p, k), frame.word(p, k, in: Lexicon.auxiliaries), !frame.wordIs(p, k, ["who", "which"]) { k -= 1 }
        return k >= s && frame.isWord(p, k) && frame.wordIs(p, k, ["who", "which", "that"])
    }

    /// "X, who said" / "the group, which reported": the relative pronoun right before `verb` and the phrase it stands for.
    mutating func relativeSubject(_ p: Int, verb: Int, lowerBound s: Int) -> (pronoun: Int, antecedent: Range<Int>?)? {
        var k = verb - 1
        // "who has in the past called": auxiliaries, adverbs and a short phrase of time.
        while k >= s, verb - k <= 6, frame.isWord(p, k), !frame.wordIs(p, k, ["who", "which"]),
            frame.word(p, k, in: Lexicon.auxiliaries) || frame.word(p, k, endsWith: "ly")
                || frame.word(p, k, in: Lexicon.timeWords) || frame.wordIs(p, k, "past")
                || (frame.word(p, k, in: Lexicon.determiners) && frame.isWord(p, k - 1) && frame.word(p, k - 1, in: Lexicon.prepositions))
        {
            k -= 1
        }
        guard k >= s, frame.isWord(p, k), frame.wordIs(p, k, ["who", "which"]) else { return nil }
        var e = k - 1
        if frame.isPunct(p, e, ",") { e -= 1 }
        guard e >= s, let start = frame.nounPhrase(p, endingAt: e, lowerBound: s) else { return (k, nil) }
        return (k, start..<(e + 1))
    }

    /// The end of the noun phrase that opens a sentence ("Trump", "The senator").
    mutating func firstPhraseEnd(_ p: Int, from s: Int, to limit: Int) -> Int? {
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
