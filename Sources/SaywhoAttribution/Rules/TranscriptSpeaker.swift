import SaywhoCore

extension AttributionRules {
    /// `RuleID.transcriptLabel`: "“BROOK: Well, look…”": a transcript names its speaker in capitals and a colon inside the quote.
    func transcriptLabel(_ p: Int, quote t: Int) -> LocalAttribution? {
        let token = frame.tokens[p][t]
        guard let label = TranscriptLabel.find(in: frame.scalars, TextRange(token.start, token.end)) else { return nil }
        return found(
            .transcriptLabel, paragraph: p, mention: t..<(t + 1), cue: nil, evidence: TextRange(token.start, token.end),
            label: label)
    }
}
