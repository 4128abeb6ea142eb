import SaywhoCore

extension AttributionRules {
    /// `RuleID.frenchTagAfter`, `RuleID.spanishTagAfter`: an inverted tag after the quote:
    /// « … », a-t-il prévenu / « … », a déclaré la ministre Claire Dubois / «…», aseguró el
    /// concejal, Tomás Ferrer / «…», dijo Ortega de Vidal.
    func romanceTagAfter(_ p: Int, quote t: Int, _ words: RomanceWords) -> LocalAttribution? {
        var j = t + 1
        while frame.isPunct(p, j, ",—–-") { j += 1 }
        let end = frame.sentenceEnd(p, after: t)
        guard j < end, frame.isWord(p, j), !frame.isCapitalized(p, j) else { return nil }
        let evidence = TextRange(frame.tokens[p][t].start, frame.range(p, j, end).end)
        // "a-t-il prévenu", "prévient-elle": the pronoun is inside the verb.
        if let pronoun = romanceInvertedPronoun(p, j, words) {
            let cue = frame.wordIs(p, j + 1, in: words.cueVerbs) ? j + 1 : j
            return found(words.tagAfter, paragraph: p, mention: j..<(j + 1), cue: cue, evidence: evidence, label: pronoun)
        }
        var cue = j
        if frame.wordIs(p, j, in: words.auxiliaries), frame.isWord(p, j + 1) { cue = j + 1 }
        // "a tenu à préciser": the cue is the infinitive after the verb of intent.
        if !frame.wordIs(p, cue, in: words.cueVerbs), frame.wordIs(p, cue + 1, "à"), frame.wordIs(p, cue + 2, in: words.cueVerbs)
        {
            cue += 2
        }
        guard frame.wordIs(p, cue, in: words.cueVerbs) else { return nil }
        guard let speaker = romanceSpeaker(p, from: cue + 1, upperBound: end, words) else {
            return romanceDroppedSubject(p, quote: t, cue: cue, end: end, words)
        }
        return found(words.tagAfter, paragraph: p, mention: speaker, cue: cue, evidence: evidence)
    }

    /// `RuleID.spanishDroppedSubject`: a tag with no subject (`«…», aseguró emocionado.`), the
    /// language leaving it out when it is the one of the sentence before: "El autor de los dos
    /// goles, Daniel Ortiz, recibió la ovación. «…», aseguró." → Daniel Ortiz.
    func romanceDroppedSubject(_ p: Int, quote t: Int, cue: Int, end: Int, _ words: RomanceWords) -> LocalAttribution? {
        guard let rule = words.droppedSubject else { return nil }
        let s = frame.sentenceStart(p, before: t)
        guard s == t, s > 0, frame.isPunct(p, s - 1, ".") else { return nil }
        let before = frame.sentenceStart(p, before: s - 1)
        guard before < s - 1, let subject = romanceSpeaker(p, from: before, upperBound: s - 1, words) else { return nil }
        return found(
            rule, paragraph: p, mention: subject, cue: cue,
            evidence: TextRange(frame.tokens[p][before].start, frame.range(p, t, end).end))
    }

    /// `RuleID.frenchCueBefore`, `RuleID.spanishCueBefore`: a speaker and a cue before the quote:
    /// Claire Dubois a déclaré : « … » / la préfecture a indiqué : « … » / Ferrer dijo en rueda de
    /// prensa: «…»; the nearest cue of the sentence counts, and an aside between the subject and
    /// its verb is passed over (`La Federación de Vecinos, en cambio, celebró`).
    func romanceCueBefore(_ p: Int, quote t: Int, _ words: RomanceWords) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        guard s < t else { return nil }
        var k = t - 1
        while k >= s, !(frame.isWord(p, k) && !frame.isCapitalized(p, k) && frame.wordIs(p, k, in: words.cueVerbs)) {
            if frame.isQuote(p, k) { return nil }
            k -= 1
        }
        guard k >= s else { return nil }
        var subjectEnd = k - 1 >= s && frame.wordIs(p, k - 1, in: words.auxiliaries) ? k - 1 : k
        if frame.isPunct(p, subjectEnd - 1, ","), let aside = romanceAside(p, endingAt: subjectEnd - 1, from: s, words) {
            subjectEnd = aside + 1
        }
        guard
            let speaker = romanceSpeaker(p, endingBefore: subjectEnd, from: s, words)
                ?? romanceSpeaker(p, from: k + 1, upperBound: t, words)
        else {
            return nil
        }
        let grade: RuleSet.Grade = t - k > 12 ? .distant : .standard
        return found(words.cueBefore, grade, paragraph: p, mention: speaker, cue: k, evidence: frame.range(p, s, t + 1))
    }

    /// `RuleID.frenchSelon`, `RuleID.spanishSegun`: a source named in the quote's sentence: selon
    /// X, d'après X, según X; a common noun after its article, with its complement, names a source
    /// too (`selon le rectorat`, `según el gremio de libreros`, `d'après l'agence régionale de santé`).
    func romanceAccordingTo(_ p: Int, quote t: Int, _ words: RomanceWords) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        let end = frame.sentenceEnd(p, after: t)
        for k in s..<end where frame.wordIs(p, k, in: words.accordingTo) {
            if let source = romanceSpeaker(p, from: k + 1, upperBound: end, words) {
                return found(words.source, paragraph: p, mention: source, cue: k, evidence: frame.range(p, s, end))
            }
            var head = k + 1
            if frame.wordIs(p, k + 1, in: words.determiners) {
                head = k + 2
            } else if !frame.isWord(p, k + 1) || words.elided(frame.lower(p, k + 1)) == nil {
                continue
            }
            guard head < end, frame.isWord(p, head), !frame.isCapitalized(p, head) else { continue }
            let e = romanceComplementEnd(p, from: head + 1, upTo: min(end, head + 6), words)
            return found(words.source, paragraph: p, mention: (k + 1)..<e, cue: k, evidence: frame.range(p, s, end))
        }
        return nil
    }

    /// Just past the adjectives and `de` complements after a noun, up to `limit`:
    /// `gremio de libreros`, `agence régionale de santé`.
    func romanceComplementEnd(_ p: Int, from i: Int, upTo limit: Int, _ words: RomanceWords) -> Int {
        var e = i
        while e < limit, frame.isWord(p, e) {
            if frame.wordIs(p, e, "de") || frame.wordIs(p, e, "del") {
                guard e + 1 < limit, frame.isWord(p, e + 1), !frame.isCapitalized(p, e + 1),
                    !frame.wordIs(p, e + 1, in: words.determiners)
                else { break }
                e += 2
            } else if words.elides, !frame.isCapitalized(p, e), !frame.wordIs(p, e, in: words.cueVerbs) {
                e += 1
            } else {
                break
            }
        }
        return e
    }
}
