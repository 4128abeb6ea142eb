/// Who said a quote, through which channel, and the text that shows it.
public struct Attribution: Hashable, Sendable {
    /// The speaker's id in the article's (and corpus') speaker directory.
    public var speakerID: String
    /// The mention as written at the place the attribution rests on ("the source", "she").
    public var mention: String
    public var mentionRange: TextRange
    /// The cue verb or phrase ("said", "according to", "took to Instagram"), when there is one.
    public var cue: String?
    public var cueRange: TextRange?
    /// Where it was said: "Instagram Story", "Entertainment Tonight", "a statement"…
    public var channel: String?
    /// 0…1: how sure the rule that made this attribution is.
    public var confidence: Double
    /// The sentence (or sentences) that justify the attribution.
    public var evidence: TextRange
    /// The rule that decided, for explanations and error analysis.
    public var rule: String

    public init(
        speakerID: String, mention: String, mentionRange: TextRange, cue: String? = nil, cueRange: TextRange? = nil,
        channel: String? = nil, confidence: Double, evidence: TextRange, rule: String
    ) {
        self.speakerID = speakerID
        self.mention = mention
        self.mentionRange = mentionRange
        self.cue = cue
        self.cueRange = cueRange
        self.channel = channel
        self.confidence = confidence
        self.evidence = evidence
        self.rule = rule
    }
}
