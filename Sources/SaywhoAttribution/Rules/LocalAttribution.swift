import SaywhoCore

/// What a rule found for one quote, before the mention is resolved to a speaker.
struct LocalAttribution: Hashable, Sendable {
    /// Paragraph and token range of the mention.
    var paragraph: Int
    var mention: Range<Int>
    /// Token index of the cue in `paragraph`, when there is one.
    var cue: Int?
    var rule: RuleID
    var confidence: Double
    /// The confidence a reader is shown (`RuleSet.reported`); nan until a rule set gives it.
    var reported: Double = .nan
    /// Scalar range of the sentence(s) that justify it.
    var evidence: TextRange
    /// A speaker label inside the quotation itself ("BROOK: …" in a transcript), in scalars.
    var label: TextRange? = nil
    /// Tokens the mention stands for when it is a relative pronoun ("Prell, who said"), for resolution.
    var referent: Range<Int>? = nil

    /// The scalar range of the mention: the label, or the mention's tokens.
    func mentionRange(in frame: Frame) -> TextRange {
        label ?? frame.range(paragraph, mention.lowerBound, mention.upperBound)
    }
}

extension LocalAttribution {
    /// The same mention, carried to another quote by a context rule, no more trusted than before.
    func carried(rule: RuleID, confidence: Double, reported: Double) -> LocalAttribution {
        var copy = self
        // "who" stands for its antecedent only in its own sentence; another quote carries the name.
        if let referent {
            copy.mention = referent
            copy.referent = nil
        }
        copy.rule = rule
        copy.confidence = min(self.confidence, confidence)
        copy.reported = self.reported.isNaN ? reported : min(self.reported, reported)
        return copy
    }
}
