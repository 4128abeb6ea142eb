import SaywhoCore

extension AttributionRules {
    /// `RuleID.spanishTagAfter`: an inverted tag after the quote: «…», aseguró el concejal,
    /// Tomás Ferrer. / «…», dijo Ortega de Vidal. / «…», afirmó la alcaldesa.
    func spanishTagAfter(_ p: Int, quote t: Int) -> LocalAttribution? {
        var j = t + 1
        while frame.isPunct(p, j, ",—–-") { j += 1 }
        let end = frame.sentenceEnd(p, after: t)
        guard j < end, frame.isWord(p, j), !frame.isCapitalized(p, j) else { return nil }
        var cue = j
        if frame.wordIs(p, j, in: SpanishLexicon.auxiliaries), frame.isWord(p, j + 1) { cue = j + 1 }
        guard frame.wordIs(p, cue, in: SpanishLexicon.cueVerbs), let speaker = spanishSpeaker(p, from: cue + 1, upperBound: end)
        else { return nil }
        return found(
            .spanishTagAfter, paragraph: p, mention: speaker, cue: cue,
            evidence: TextRange(frame.tokens[p][t].start, frame.range(p, j, end).end))
    }
}
