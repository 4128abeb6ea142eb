import SaywhoCore

extension RuleSet {
    /// The rules for Japanese news: the speaker before は/が of the quote's sentence
    /// (`高橋市長は「…」と述べた`), else the person the sentence before names with an honorific, a
    /// title or an age, then the context rules any language shares. Rules it does not set take
    /// English's confidences.
    static let japanese = RuleSet(
        language: .japanese,
        local: [.transcriptLabel, .japaneseTopicParticle, .japanesePreviousSentence],
        before: [],
        context: [.blockQuoteAfterColon, .sameParagraph, .previousParagraph],
        confidences: [
            .japaneseTopicParticle: [.standard: 0.9, .distant: 0.8],
            .japanesePreviousSentence: [.standard: 0.75],
        ],
        base: .english,
        introduction: RuleSet.english.introduction,
        scareQuoteLimits: RuleSet.english.scareQuoteLimits
    )
}
