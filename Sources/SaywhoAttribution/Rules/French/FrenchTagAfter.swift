import SaywhoCore

extension AttributionRules {
    /// `RuleID.frenchTagAfter`: an inverted tag after the quote: « … », a-t-il prévenu. /
    /// « … », a déclaré la ministre Claire Dubois. / « … », affirme Jean-Baptiste Morel.
    func frenchTagAfter(_ p: Int, quote t: Int) -> LocalAttribution? {
        var j = t + 1
        while frame.isPunct(p, j, ",—–-") { j += 1 }
        let end = frame.sentenceEnd(p, after: t)
        guard j < end, frame.isWord(p, j), !frame.isCapitalized(p, j) else { return nil }
        let evidence = TextRange(frame.tokens[p][t].start, frame.range(p, j, end).end)
        // "a-t-il prévenu", "prévient-elle": the pronoun is inside the verb.
        if let pronoun = frenchInvertedPronoun(p, j) {
            let cue = frame.wordIs(p, j + 1, in: FrenchLexicon.cueVerbs) ? j + 1 : j
            return found(.frenchTagAfter, paragraph: p, mention: j..<(j + 1), cue: cue, evidence: evidence, label: pronoun)
        }
        var cue = j
        if frame.wordIs(p, j, in: FrenchLexicon.auxiliaries), frame.isWord(p, j + 1) { cue = j + 1 }
        guard frame.wordIs(p, cue, in: FrenchLexicon.cueVerbs), let speaker = frenchSpeaker(p, from: cue + 1, upperBound: end)
        else { return nil }
        return found(.frenchTagAfter, paragraph: p, mention: speaker, cue: cue, evidence: evidence)
    }
}
