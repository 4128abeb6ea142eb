import SaywhoCore

extension AttributionRules {
    /// `RuleID.afterSpeakerDescriptionCue`: "…,” Jane Roe, the pollster who founded the site
    /// tweeted": a name, then an appositive that never closes before the cue.
    func speakerDescriptionCueAfter(_ p: Int, from j: Int, cue k: Int, evidence: TextRange) -> LocalAttribution? {
        guard
            frame.isPunct(p, j + 1, ",")
                || frame.isPunct(p, (frame.subjectAfter(p, start: j, upperBound: k)?.upperBound ?? j), ","),
            let name = frame.subjectAfter(p, start: j, upperBound: k), frame.isCapitalized(p, j),
            frame.isPunct(p, name.upperBound, ",")
        else { return nil }
        return found(.afterSpeakerDescriptionCue, paragraph: p, mention: name, cue: k, evidence: evidence)
    }
}
