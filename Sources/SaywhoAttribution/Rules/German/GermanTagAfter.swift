import SaywhoCore

extension AttributionRules {
    /// `RuleID.germanTagAfter`: an inverted speech tag after the quote: „…“, sagte Brandtner. /
    /// „…“, betonte die Ministerin. / „…“, so Müller. / „…“, sagte sie der Rhein-Zeitung.
    func germanTagAfter(_ p: Int, quote t: Int) -> LocalAttribution? {
        var j = t + 1
        while frame.isPunct(p, j, ",—–-") { j += 1 }
        let end = frame.sentenceEnd(p, after: t)
        guard j < end, frame.isWord(p, j), !frame.isCapitalized(p, j) else { return nil }
        guard frame.wordIs(p, j, in: GermanLexicon.cueVerbs) || frame.wordIs(p, j, "so") else { return nil }
        guard let speaker = germanSpeaker(p, from: j + 1, upperBound: end) else { return nil }
        return found(
            .germanTagAfter, paragraph: p, mention: speaker, cue: j,
            evidence: TextRange(frame.tokens[p][t].start, frame.range(p, j, end).end))
    }
}
