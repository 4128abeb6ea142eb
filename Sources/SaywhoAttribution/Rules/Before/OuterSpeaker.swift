import SaywhoCore

extension AttributionRules {
    /// `RuleID.beforeOuterSpeaker`: the speaker of an earlier reporting verb whose complement
    /// holds the subject at `start`. "Prell said that Hale once described the deal as “…”":
    /// Prell reports the words. "Ban condemned what he called a “breach”": the clause's subject adopts them.
    func outerSpeaker(_ p: Int, from s: Int, before start: Int) -> (mention: Range<Int>, cue: Int)? {
        // Only a pronoun ("what he called") points back to the clause's subject; a name is someone else.
        if start - 1 >= s, frame.wordIs(p, start - 1, "what"), frame.isPronoun(p, start) {
            if let np = clauseSubject(p, from: s, before: start - 1), np.upperBound < start - 1 { return (np, start - 1) }
        }
        // "While he acknowledged X, Ham noted …": a clause closed by a comma before the subject is not its reporter.
        if frame.isPunct(p, start - 1, ",") { return nil }
        var c = start - 1
        while c >= s {
            if frame.isCue(p, c), frame.word(p, c, in: Lexicon.reportingVerbs),
                let np = frame.subjectBefore(p, verb: c, lowerBound: s)
            {
                return (np, c)
            }
            // A new clause ("…, but she cautions", "as the heckler yelled") has its own speaker.
            if frame.isPunct(p, c, ":") || frame.isQuote(p, c) { return nil }
            if frame.wordIs(p, c, in: Lexicon.clauseBreaks) { return nil }
            c -= 1
        }
        return nil
    }
}
