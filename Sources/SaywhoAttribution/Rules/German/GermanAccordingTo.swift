import SaywhoCore

extension AttributionRules {
    /// `RuleID.germanAccordingTo`: a source named anywhere in the quote's sentence: laut Brandtner /
    /// nach Angaben der Polizei / nach Angaben von Eva Brandtner / der Polizei zufolge.
    func germanAccordingTo(_ p: Int, quote t: Int) -> LocalAttribution? {
        let s = frame.sentenceStart(p, before: t)
        let end = frame.sentenceEnd(p, after: t)
        for k in s..<end where frame.isWord(p, k) {
            if frame.wordIs(p, k, "laut"), let source = germanSpeaker(p, from: k + 1, upperBound: end) {
                return found(.germanAccordingTo, paragraph: p, mention: source, cue: k, evidence: frame.range(p, s, end))
            }
            if frame.wordIs(p, k, "nach"), frame.wordIs(p, k + 1, "angaben") {
                let from = frame.wordIs(p, k + 2, "von") ? k + 3 : k + 2
                if let source = germanSpeaker(p, from: from, upperBound: end) {
                    return found(.germanAccordingTo, paragraph: p, mention: source, cue: k, evidence: frame.range(p, s, end))
                }
            }
            if frame.wordIs(p, k, "zufolge"), let source = germanSpeaker(p, endingBefore: k, from: s) {
                return found(.germanAccordingTo, paragraph: p, mention: source, cue: k, evidence: frame.range(p, s, end))
            }
        }
        return nil
    }
}
