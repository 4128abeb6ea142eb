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
        guard frame.wordIs(p, cue, in: SpanishLexicon.cueVerbs) else { return nil }
        guard let speaker = spanishSpeaker(p, from: cue + 1, upperBound: end) else {
            return spanishDroppedSubject(p, quote: t, cue: cue, end: end)
        }
        return found(
            .spanishTagAfter, paragraph: p, mention: speaker, cue: cue,
            evidence: TextRange(frame.tokens[p][t].start, frame.range(p, j, end).end))
    }

    /// `RuleID.spanishDroppedSubject`: a tag with no subject (`«…», aseguró emocionado.`), Spanish
    /// leaving it out when it is the one of the sentence before: "El autor de los dos goles, Daniel
    /// Ortiz, recibió la ovación. «…», aseguró." → Daniel Ortiz.
    func spanishDroppedSubject(_ p: Int, quote t: Int, cue: Int, end: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        guard s == t, s > 0, frame.isPunct(p, s - 1, ".") else { return nil }
        let before = frame.sentenceStart(p, before: s - 1)
        guard before < s - 1, let subject = spanishSpeaker(p, from: before, upperBound: s - 1) else { return nil }
        return found(
            .spanishDroppedSubject, paragraph: p, mention: subject, cue: cue,
            evidence: TextRange(frame.tokens[p][before].start, frame.range(p, t, end).end))
    }
}
