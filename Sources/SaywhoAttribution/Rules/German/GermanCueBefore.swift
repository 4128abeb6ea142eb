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
        guard k >= s else { return nil }
        // Inverted after a fronted phrase ("Im Interview sagte sie: „…“"), else the subject before the cue.
        let speaker: Range<Int>
        if k > s, let after = germanSpeaker(p, from: k + 1, upperBound: t) {
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
}
