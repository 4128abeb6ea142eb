import SaywhoCore

extension AttributionRules {
    /// `RuleID.afterUnlistedVerb`: "“…,” Hale pressed." / "“…,” Brook shot back.": a name and a verb the lexicon lacks
    /// closing the sentence right after a quote that ends in punctuation.
    func unlistedVerb(_ p: Int, quote t: Int) -> LocalAttribution? {
        guard let inner = frame.lastInnerScalar(p, t), !Scalars.isWordScalar(inner) else { return nil }
        var j = t + 1
        if frame.isPunct(p, j, ",") { j += 1 }
        // "“…,” Tom Hale shot back." / "“…,” an angry Hale retorted.": a name, a pronoun, or a described name.
        let determiner = frame.isWord(p, j) && frame.word(p, j, in: Lexicon.determiners)
        let group = determiner && frame.isWord(p, j + 1) && frame.word(p, j + 1, in: Lexicon.groupHeads)
        let describedName = determiner && frame.isCapitalized(p, j + 2)
        guard frame.isCapitalized(p, j) || frame.isPronoun(p, j) || describedName || group,
            let np = group ? j..<(j + 2) : frame.subjectAfter(p, start: j, upperBound: min(frame.tokens[p].count, j + 6)),
            !describedName || frame.isCapitalized(p, np.upperBound - 1)
        else { return nil }
        let v = np.upperBound
        guard frame.isWord(p, v), !frame.isCapitalized(p, v) else { return nil }
        var end = v + 1
        if frame.isWord(p, end), frame.wordIs(p, end, in: Lexicon.verbParticles) { end += 1 }
        // "“…,” Hale sings to the crowd": after a comma inside the quote, a tag may go on with an audience or a time.
        let tagGoesOn = inner == "," && frame.isShortTagTail(p, after: end - 1)
        guard frame.word(p, v, endsWith: "ed") || frame.word(p, v, endsWith: "s") || end > v + 1,
            !frame.word(p, v, in: Lexicon.npStops),
            end >= frame.tokens[p].count || frame.isPunct(p, end, ".,;!?") || tagGoesOn
        else { return nil }
        return found(
            .afterUnlistedVerb, paragraph: p, mention: np, cue: v, evidence: frame.range(p, t, end))
    }
}
