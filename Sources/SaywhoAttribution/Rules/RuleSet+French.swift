import SaywhoCore

extension RuleSet {
    /// The rules for French news: inverted tags after the quote (`« … », a-t-il prévenu`,
    /// `a déclaré la ministre`), a speaker and cue before it, `selon` and `d'après`, then the
    /// context rules any language shares. Rules it does not set take English's confidences.
    static let french = RuleSet(
        language: .french,
        speakerWords: FrenchLexicon.speakerWords,
        local: [.transcriptLabel, .frenchTagAfter, .frenchCueBefore, .frenchSelon],
        before: [],
        context: [.blockQuoteAfterColon, .sameParagraph, .previousParagraph],
        confidences: [
            .frenchTagAfter: [.standard: 0.95],
            .frenchCueBefore: [.standard: 0.92, .distant: 0.75],
            .frenchSelon: [.standard: 0.85],
        ],
        base: .english,
        introduction: RuleSet.english.introduction,
        scareQuoteLimits: RuleSet.english.scareQuoteLimits
    )
}
