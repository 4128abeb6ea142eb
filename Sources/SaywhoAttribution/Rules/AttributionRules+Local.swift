import SaywhoCore

/// The local rules in `RuleSet.local`'s order: the first step that finds a speaker wins.
extension AttributionRules {
    /// What the rules before and after a quote found, each asked once and only when a step needs it.
    struct Findings {
        private var before: LocalAttribution??
        private var after: LocalAttribution??
        private var source: LocalAttribution??

        mutating func before(_ rules: AttributionRules, _ p: Int, _ t: Int) -> LocalAttribution? {
            if let known = before { return known }
            let found = rules.ruleBefore(p, quote: t)
            before = .some(found)
            return found
        }

        mutating func after(_ rules: AttributionRules, _ p: Int, _ t: Int) -> LocalAttribution? {
            if let known = after { return known }
            let found = rules.tagAfter(p, quote: t)
            after = .some(found)
            return found
        }

        mutating func source(_ rules: AttributionRules, _ p: Int, _ t: Int) -> LocalAttribution? {
            if let known = source { return known }
            let found = rules.sourceLater(p, quote: t)
            source = .some(found)
            return found
        }
    }

    func local(_ q: Int) -> LocalAttribution? {
        if frame.candidates[q].kind == .block { return nil }
        var findings = Findings()
        for step in ruleSet.local {
            if let found = local(step, q, &findings) { return found }
        }
        return nil
    }

    private func local(_ step: LocalStep, _ q: Int, _ findings: inout Findings) -> LocalAttribution? {
        let first = frame.location[q][0]
        let last = frame.location[q][frame.location[q].count - 1]
        switch step {
        case .transcriptLabel:
            return transcriptLabel(first.paragraph, quote: first.token)
        case .japaneseTopicParticle:
            return japaneseTopicParticle(last.paragraph, quote: last.token)
        case .japanesePreviousSentence:
            return japanesePreviousSentence(last.paragraph, quote: last.token)
        case .sourceOutranksVerb:
            guard let source = findings.source(self, last.paragraph, last.token), source.rule == .afterAccordingTo,
                findings.after(self, last.paragraph, last.token) == nil
            else { return nil }
            return source
        case .strongBefore:
            guard let before = findings.before(self, first.paragraph, first.token), before.confidence >= ruleSet.strong else {
                return nil
            }
            if let after = findings.after(self, last.paragraph, last.token),
                tagAfterOutranks(before, after, last.paragraph, last.token)
            {
                return after
            }
            return before
        case .tagAfter:
            return findings.after(self, last.paragraph, last.token)
        case .signature:
            return dashSignature(last.paragraph, quote: last.token)
        case .weakBefore:
            return findings.before(self, first.paragraph, first.token)
        case .sourceLater:
            return findings.source(self, last.paragraph, last.token)
        case .sentenceTag:
            return sentenceTag(last.paragraph, quote: last.token)
        case .unlistedVerb:
            return unlistedVerb(last.paragraph, quote: last.token)
        case .germanTagAfter:
            return germanTagAfter(last.paragraph, quote: last.token)
        case .germanCueBefore:
            return germanCueBefore(first.paragraph, quote: first.token)
        case .germanAccordingTo:
            return germanAccordingTo(first.paragraph, quote: first.token)
        case .frenchTagAfter:
            return romanceTagAfter(last.paragraph, quote: last.token, FrenchLexicon.romance)
        case .frenchCueBefore:
            return romanceCueBefore(first.paragraph, quote: first.token, FrenchLexicon.romance)
        case .frenchSelon:
            return romanceAccordingTo(first.paragraph, quote: first.token, FrenchLexicon.romance)
        case .spanishTagAfter:
            return romanceTagAfter(last.paragraph, quote: last.token, SpanishLexicon.romance)
        case .spanishCueBefore:
            return romanceCueBefore(first.paragraph, quote: first.token, SpanishLexicon.romance)
        case .spanishSegun:
            return romanceAccordingTo(first.paragraph, quote: first.token, SpanishLexicon.romance)
        }
    }

    /// "Lee said Ward “had no chance,” the aide recalled.": a quote closed by a comma hands the
    /// sentence to the speech tag after it, whoever the words before were about.
    private func tagAfterOutranks(_ before: LocalAttribution, _ after: LocalAttribution, _ p: Int, _ t: Int) -> Bool {
        guard after.confidence >= ruleSet.strong, before.rule == .beforeSpeakerThenCue, frame.lastInnerScalar(p, t) == ",",
            let cue = after.cue
        else { return false }
        return after.rule == .afterCueThenSpeaker
            ? frame.word(p, cue, in: Lexicon.invertibleCues) : frame.isShortTagTail(p, after: cue)
    }

    /// The rules before a quote in `RuleSet.before`'s order.
    func ruleBefore(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        guard s < t else { return nil }
        let evidence = TextRange(frame.tokens[p][s].start, frame.tokens[p][t].end)
        for step in ruleSet.before {
            let found: LocalAttribution?
            switch step {
            case .accordingTo: found = accordingToBefore(p, from: s, quote: t, evidence: evidence)
            case .asXPutIt: found = asXPutItBefore(p, from: s, quote: t, evidence: evidence)
            case .nearestCue: found = nearestCue(p, from: s, quote: t, evidence: evidence)
            case .speakerAndColon: found = speakerAndColon(p, from: s, quote: t, evidence: evidence)
            case .hereIsX: found = hereIsX(p, from: s, quote: t, evidence: evidence)
            case .colonSentenceSubject: found = colonSentenceSubjectBefore(p, from: s, quote: t, evidence: evidence)
            }
            if let found { return found }
        }
        return nil
    }
}
