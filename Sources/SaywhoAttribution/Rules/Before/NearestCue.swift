import SaywhoCore

extension AttributionRules {
    /// The speaker of one cue verb before a quote, and the rule that named it.
    struct CueSubject {
        var rule: RuleID
        var mention: Range<Int>
        var cue: Int
        var referent: Range<Int>?
    }

    /// The nearest cue verb before the quote whose speaker can be found. "Yepez said Perez was
    /// right to urge leaders “…”" has no subject for "urge", so the earlier "said" decides.
    /// The cue's confidence is `.standard` within a short tag of the quote, else `.distant`.
    func nearestCue(_ p: Int, from s: Int, quote t: Int, evidence: TextRange) -> LocalAttribution? {
        var k = t
        while true {
            k -= 1
            while k >= s, !frame.isCue(p, k) { k -= 1 }
            guard k >= s else { return nil }
            let adjacent = t - k <= 4 || frame.isPunct(p, t - 1, ":")
            if frame.word(p, k, in: Lexicon.weakCues), !adjacent { continue }
            guard let subject = speaker(ofCue: k, p, from: s, quote: t) else { continue }
            var result = found(
                subject.rule, adjacent ? .standard : .distant, paragraph: p, mention: subject.mention, cue: subject.cue,
                evidence: evidence)
            result.referent = subject.referent
            return result
        }
    }

    /// `RuleID.beforeSpeakerThenCue`: the subject of cue `k` ("Ada Brook said: “…”"), unless a
    /// participle, an inverted cue, coordinated verbs, a relative pronoun or an outer reporter
    /// (each a rule of its own) name the speaker instead.
    func speaker(ofCue k: Int, _ p: Int, from s: Int, quote t: Int) -> CueSubject? {
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
            return nil
        }
        var rule = RuleID.beforeSpeakerThenCue
        if np == nil, isParticiple {
            np = participleSubject(p, cue: k, from: s, quote: t)
            rule = .beforeParticipleTakesSubject
        }
        if np == nil, let after = invertedSubject(p, cue: k, quote: t) {
            np = after
            rule = .beforeCueThenSpeaker
        }
        if np == nil, !isParticiple, let shared = coordinatedSubject(p, cue: k, from: s) {
            np = shared
            rule = .beforeCoordinatedVerbs
        }
        var referent: Range<Int>?
        if !isParticiple || np == nil, let who = relativeSubject(p, verb: k, lowerBound: s) {
            np = who.pronoun..<(who.pronoun + 1)
            referent = who.antecedent
            rule = .beforeRelativePronoun
        }
        var cue = k
        if let inner = np, rule == .beforeSpeakerThenCue, !frame.isPunct(p, t - 1, ":"),
            let outer = outerSpeaker(p, from: s, before: inner.lowerBound)
        {
            np = outer.mention
            cue = outer.cue
            rule = .beforeOuterSpeaker
        }
        guard let np else { return nil }
        return CueSubject(rule: rule, mention: np, cue: cue, referent: referent)
    }
}
