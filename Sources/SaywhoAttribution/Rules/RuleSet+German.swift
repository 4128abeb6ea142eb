import SaywhoCore

extension RuleSet {
    /// The rules for German news: speech tags after the quote (`„…“, sagte Brandtner`), a
    /// speaker and cue before it (`Brandtner sagte: „…“`), sources (`laut`, `nach Angaben`),
    /// then the context rules any language shares. Rules it does not set take English's confidences.
    static let german = RuleSet(
        language: .german,
        speakerWords: GermanLexicon.speakerWords,
        local: [.transcriptLabel, .germanTagAfter, .germanCueBefore, .germanAccordingTo],
        before: [],
        context: [.blockQuoteAfterColon, .sameParagraph, .previousParagraph],
        confidences: [
            .germanTagAfter: [.standard: 0.95],
            .germanCueBefore: [.standard: 0.92, .distant: 0.75],
            .germanAccordingTo: [.standard: 0.85],
            .germanColonSubject: [.standard: 0.7],
        ],
        base: .english,
        introduction: RuleSet.english.introduction,
        scareQuoteLimits: RuleSet.english.scareQuoteLimits
    )
}
