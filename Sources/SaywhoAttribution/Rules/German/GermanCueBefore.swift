import SaywhoCore

extension AttributionRules {
    /// `RuleID.germanCueBefore`: a speaker and a cue before the quote, in either order:
    /// Brandtner sagte: „…“ / Die Ministerin betonte, „…“ / Dazu sagte sie der Rhein-Zeitung: „…“.
    /// The nearest cue of the sentence counts; a cue further than a short tag is `distant`.
    func germanCueBefore(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        // A quote that opens its paragraph after one that ends in a colon: "Brandes sagte:" ¶ „…“.
        if t == 0, p > 0, let colon = frame.tokens[p - 1].indices.last, frame.isPunct(p - 1, colon, ":") {
            return germanCueBefore(p - 1, quote: colon)
        }
        guard s < t else { return nil }
        var k = t - 1
        while k >= s, !(frame.isWord(p, k) && !frame.isCapitalized(p, k) && frame.wordIs(p, k, in: GermanLexicon.cueVerbs)) {
            // Another quote between the cue and this one has its own tag.
            if frame.isQuote(p, k) { return nil }
            k -= 1
        }
        guard k >= s else { return germanColonSubject(p, from: s, quote: t) }
        // Inverted after a fronted phrase ("Im Interview sagte sie: „…“"), else the subject before the cue:
        // a phrase that fills the place before the verb and opens with no preposition or adverb is the subject
        // ("Sie forderte einen Sozialtarif:", "Wissenschaftsminister Jörg Neumann sagte dem Altmark-Kurier:").
        let speaker: Range<Int>
        let subject = germanSpeaker(p, endingBefore: k, from: s)
        let fronted = frame.wordIs(p, s, in: GermanLexicon.frontedWords)
        if let subject, subject.lowerBound == s, !fronted {
            speaker = subject
        } else if !fronted, k > s, let opening = germanSpeaker(p, from: s, upperBound: k),
            !frame.wordIs(p, opening.upperBound, in: GermanLexicon.accordingTo)
        {
            // "Einsatzleiter Sven Dierks von der Feuerwehr schilderte die Nacht:": the subject opens the sentence.
            speaker = opening
        } else if k > s, let after = germanSpeaker(p, from: k + 1, upperBound: t) {
            speaker = after
        } else if let before = germanSpeaker(p, endingBefore: k, from: s) {
            speaker = before
        } else if let after = germanSpeaker(p, from: k + 1, upperBound: t) {
            speaker = after
        } else {
            return nil
        }
        let grade: RuleSet.Grade = t - k > 12 ? .distant : .standard
        return found(.germanCueBefore, grade, paragraph: p, mention: speaker, cue: k, evidence: frame.range(p, s, t + 1))
    }

    /// `RuleID.germanColonSubject`: a sentence with no cue that ends in a colon before the quote
    /// speaks for its subject: "Sie hofft auf einen Wiederaufstieg: „…“", "Der Tierarzt des Zoos,
    /// Dr. Felix Lorenz, ist zufrieden: „…“", "Auch Hartwig blieb hart: „…“".
    func germanColonSubject(_ p: Int, from s: Int, quote t: Int) -> LocalAttribution? {
        guard s < t, frame.isPunct(p, t - 1, ":") else { return nil }
        let start = frame.wordIs(p, s, in: GermanLexicon.frontedWords) && !frame.wordIs(p, s, "dem") ? s + 1 : s
        guard var subject = germanSpeaker(p, from: start, upperBound: t - 1) else { return nil }
        // "Der Tierarzt des Zoos, Dr. Felix Lorenz,": the name in apposition belongs to the subject.
        var head = subject.upperBound
        if frame.wordIs(p, head, "des") || frame.wordIs(p, head, "der"), frame.isCapitalized(p, head + 1) { head += 2 }
        if frame.isPunct(p, head, ","), frame.isCapitalized(p, head + 1) {
            var e = head + 1
            while e < t, frame.isWord(p, e), frame.isCapitalized(p, e) { e += 1 }
            if frame.isPunct(p, e, ",") { subject = subject.lowerBound..<e }
        }
        return found(.germanColonSubject, paragraph: p, mention: subject, cue: nil, evidence: frame.range(p, s, t + 1))
    }
}
