import SaywhoCore

extension RuleSet {
    /// The rules for Spanish news: inverted tags after the quote (`«…», aseguró el concejal,
    /// Tomás Ferrer`), a speaker and cue before it, `según`, then the
    /// context rules any language shares. Rules it does not set take English's confidences.
    static let spanish = RuleSet(
        language: .spanish,
        speakerWords: SpanishLexicon.speakerWords,
        local: [.transcriptLabel, .spanishTagAfter, .spanishCueBefore, .spanishSegun],
        before: [],
        context: [.blockQuoteAfterColon, .sameParagraph, .previousParagraph],
        confidences: [
            .spanishTagAfter: [.standard: 0.95],
            .spanishCueBefore: [.standard: 0.92, .distant: 0.75],
            .spanishSegun: [.standard: 0.85],
            .spanishInterviewTurn: [.standard: 0.8],
            .spanishDroppedSubject: [.standard: 0.75],
            .spanishInterviewQuestion: [.standard: 0.8],
        ],
        base: .english,
        introduction: RuleSet.english.introduction,
        scareQuoteLimits: RuleSet.english.scareQuoteLimits
    )
}
