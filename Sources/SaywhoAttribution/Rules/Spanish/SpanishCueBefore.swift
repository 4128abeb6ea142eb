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
        var subjectEnd = k - 1 >= s && frame.wordIs(p, k - 1, in: SpanishLexicon.auxiliaries) ? k - 1 : k
        // "La Federación de Vecinos, en cambio, celebró", "Sofía Lamas, que presentó aquí sus novelas, se
        // despidió": an aside between commas stands between the subject and its verb.
        if frame.isPunct(p, subjectEnd - 1, ","), let aside = spanishAside(p, endingAt: subjectEnd - 1, from: s) {
            subjectEnd = aside + 1
        }
        guard let speaker = spanishSpeaker(p, endingBefore: subjectEnd, from: s) ?? spanishSpeaker(p, from: k + 1, upperBound: t)
        else {
            return nil
        }
        let grade: RuleSet.Grade = t - k > 12 && subjectEnd >= k - 1 ? .distant : .standard
        return found(.spanishCueBefore, grade, paragraph: p, mention: speaker, cue: k, evidence: frame.range(p, s, t + 1))
    }

    /// The comma that opens an aside closed by the comma at `close`: a relative clause (`que`,
    /// `quien`) or a few words (`en cambio`), within twelve tokens; nil when there is none.
    func spanishAside(_ p: Int, endingAt close: Int, from s: Int) -> Int? {
        var c = close - 1
        while c > s, close - c <= 12, !frame.isPunct(p, c, ",") {
            if frame.isQuote(p, c) { return nil }
            c -= 1
        }
        guard c > s, frame.isPunct(p, c, ","), frame.isWord(p, c - 1) else { return nil }
        let opener = frame.wordIs(p, c + 1, "que") || frame.wordIs(p, c + 1, "quien")
        let lowerCase = (c + 1..<close).allSatisfy { frame.isWord(p, $0) && !frame.isCapitalized(p, $0) }
        return opener || lowerCase && close - c <= 4 ? c : nil
    }
}
