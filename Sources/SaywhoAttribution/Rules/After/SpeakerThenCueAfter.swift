import SaywhoCore

extension AttributionRules {
    /// `RuleID.afterSpeakerThenCue`: "“…,” Jane Roe said." The speaker may carry a description
    /// before the name and an appositive after it: "…,” White House press secretary Jane Roe, a
    /// former lawyer, said." A tag that opens a new sentence is `.newSentence` evidence; a
    /// description with a phrase of its own ("a narrator in the ad asks") is `.described`.
    func speakerThenCueAfter(_ p: Int, quote t: Int, from j: Int, end: Int) -> LocalAttribution? {
        let breaksSentence = frame.isSentenceBreakAfterQuote(p, t)
        var k = j
        let limit = min(end, j + 40)
        while k < limit, !frame.isQuote(p, k), !frame.isCue(p, k) { k += 1 }
        guard k < limit, frame.isCue(p, k) else { return nil }
        let evidence = TextRange(frame.tokens[p][t].start, frame.range(p, j, end).end)
        if !breaksSentence, frame.isWord(p, j), frame.word(p, j, in: Lexicon.determiners),
            let described = frame.subjectAfter(p, start: j, upperBound: k), k - described.upperBound <= 2,
            (described.upperBound..<k).allSatisfy({ frame.isWord(p, $0) && !frame.word(p, $0, in: Lexicon.npStops) }),
            described.contains(where: { frame.wordIs(p, $0, in: Lexicon.descriptionPrepositions) })
        {
            // "…?” a narrator in the campaign ad asks.": a description with its prepositional phrase.
            return found(
                .afterSpeakerThenCue, .described, paragraph: p, mention: described.lowerBound..<k, cue: k, evidence: evidence)
        }
        guard let np = frame.subjectBefore(p, verb: k, lowerBound: j),
            np.lowerBound == j || frame.isPremodifier(p, from: j, to: np.lowerBound)
                // "…,” the assailant, Tom Hale, told …": a description, a comma, then the name.
                || frame.isPunct(p, np.lowerBound - 1, ",") && frame.isPremodifier(p, from: j, to: np.lowerBound - 1)
        else {
            return breaksSentence ? nil : speakerDescriptionCueAfter(p, from: j, cue: k, evidence: evidence)
        }
        if breaksSentence, !frame.isShortTagTail(p, after: k) { return nil }
        // "…insecurity.” Mr. Franco added: “…”": a new sentence whose tag opens a quote of its own
        // speaks that quote, not the one before.
        if breaksSentence, (k + 1..<frame.sentenceEnd(p, after: k)).contains(where: { frame.isQuote(p, $0) }) { return nil }
        return found(
            .afterSpeakerThenCue, breaksSentence ? .newSentence : .standard, paragraph: p, mention: np, cue: k, evidence: evidence
        )
    }
}
