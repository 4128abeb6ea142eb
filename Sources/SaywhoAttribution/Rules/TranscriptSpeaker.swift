import SaywhoCore

extension AttributionRules {
    /// `RuleID.transcriptLabel`: "“BROOK: Well, look…”": a transcript names its speaker in capitals and a colon inside the quote,
    /// or in bold before a turn printed without marks ("**Ada Brook:** …"). An interview's "A: …" is the interviewee's,
    /// the person the introduction names first.
    func transcriptLabel(_ p: Int, quote t: Int) -> LocalAttribution? {
        let token = frame.tokens[p][t]
        let range = TextRange(token.start, token.end)
        if let mark = TranscriptLabel.interviewMark(in: frame.scalars, range) {
            guard mark == "A", let (intro, mention) = interviewee(before: p) else { return nil }
            let evidence = frame.range(intro, 0, frame.tokens[intro].count)
            return found(.transcriptLabel, paragraph: intro, mention: mention, cue: nil, evidence: evidence)
        }
        guard let label = TranscriptLabel.find(in: frame.scalars, range) else { return nil }
        return found(.transcriptLabel, paragraph: p, mention: t..<(t + 1), cue: nil, evidence: range, label: label)
    }

    /// The first name of two or more capitalised words in the paragraphs before `p` that open no turn:
    /// the person an interview introduces.
    private func interviewee(before p: Int) -> (paragraph: Int, mention: Range<Int>)? {
        for intro in 0..<p {
            let tokens = frame.tokens[intro]
            guard let first = tokens.first else { continue }
            if TranscriptLabel.interviewMark(in: frame.scalars, TextRange(first.start, frame.paragraphs[intro].end)) != nil {
                return nil
            }
            var k = 0
            while k + 1 < tokens.count {
                if frame.isWord(intro, k), frame.isCapitalized(intro, k), !frame.wordIs(intro, k, in: Lexicon.determiners),
                    frame.isWord(intro, k + 1), frame.isCapitalized(intro, k + 1)
                {
                    var e = k + 2
                    while frame.isWord(intro, e), frame.isCapitalized(intro, e) { e += 1 }
                    return (intro, k..<e)
                }
                k += 1
            }
        }
        return nil
    }
}
