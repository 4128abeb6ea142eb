/// What a rule found for one quote, before the mention is resolved to a speaker.
struct LocalAttribution: Hashable, Sendable {
    /// Paragraph and token range of the mention.
    var paragraph: Int
    var mention: Range<Int>
    /// Token index of the cue in `paragraph`, when there is one.
    var cue: Int?
    var rule: String
    var confidence: Double
    /// Scalar range of the sentence(s) that justify it.
    var evidence: TextRange
}
