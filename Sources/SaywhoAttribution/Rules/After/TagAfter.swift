import SaywhoCore

extension AttributionRules {
    /// The speech tag after a quote: "…,” said X. / "…,” X said. / "…,” X, a spokesman for Y, said.
    func tagAfter(_ p: Int, quote t: Int) -> LocalAttribution? {
        var j = t + 1
        // A stray ' after ''…'' (a nested quote closed at the same place) is part of the marks.
        while frame.isPunct(p, j, ",—–-('\u{2019}") { j += 1 }
        let end = frame.sentenceEnd(p, after: t)
        guard j < end else { return nil }
        if frame.isCue(p, j) { return cueThenSpeakerAfter(p, quote: t, cue: j, end: end) }
        return speakerThenCueAfter(p, quote: t, from: j, end: end)
    }
}
