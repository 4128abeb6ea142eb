import SaywhoCore

extension AttributionRules {
    /// `RuleID.spanishCueBefore`: a speaker and a cue before the quote: Ferrer dijo: «…» / la
    /// alcaldesa aseguró en rueda de prensa que «…»; the nearest cue of the sentence counts.
    func spanishCueBefore(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        guard s < t else { return nil }
        var k = t - 1
        while k >= s, !(frame.isWord(p, k) && !frame.isCapitalized(p, k) && frame.wordIs(p, k, in: SpanishLexicon.cueVerbs)) {
            if frame.isQuote(p, k) { return nil }
            k -= 1
        }
        guard k >= s else { return nil }
        let subjectEnd = k - 1 >= s && frame.wordIs(p, k - 1, in: SpanishLexicon.auxiliaries) ? k - 1 : k
        guard let speaker = spanishSpeaker(p, endingBefore: subjectEnd, from: s) ?? spanishSpeaker(p, from: k + 1, upperBound: t)
        else {
            return nil
        }
        let grade: RuleSet.Grade = t - k > 12 ? .distant : .standard
        return found(.spanishCueBefore, grade, paragraph: p, mention: speaker, cue: k, evidence: frame.range(p, s, t + 1))
    }
}
