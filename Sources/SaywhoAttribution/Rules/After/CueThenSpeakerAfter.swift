import SaywhoCore

extension AttributionRules {
    /// `RuleID.afterCueThenSpeaker`: "“…,” said Jane Roe." (also a described name: "said 24/7 nurse Lia Moss").
    func cueThenSpeakerAfter(_ p: Int, quote t: Int, cue j: Int, end: Int) -> LocalAttribution? {
        // "“…,” adding that he …": a participle goes on with the sentence's subject; only a
        // finite verb takes its speaker after it.
        if frame.word(p, j, endsWith: "ing") { return nil }
        // "the ad “unmistakably and wrongfully” suggests that …": a quote inside a clause is the
        // verb's subject, not its object; only a quote closed by punctuation takes an inverted tag.
        if j == t + 1, let last = frame.lastInnerScalar(p, t), Scalars.isWordScalar(last),
            !frame.word(p, j, in: Lexicon.invertibleCues)
        {
            return nil
        }
        guard let np = frame.subjectAfter(p, start: j + 1, upperBound: end) ?? describedName(p, from: j + 1, upperBound: end)
        else { return nil }
        return found(
            .afterCueThenSpeaker, paragraph: p, mention: np, cue: j,
            evidence: TextRange(frame.tokens[p][t].start, frame.range(p, j, end).end))
    }
}
