extension RuleSet {
    /// The rules for English news, with the Japanese topic-particle rule (an article's language
    /// is not known yet, and 「…」と述べた never matches English text).
    static let english = RuleSet(
        local: [
            .transcriptLabel, .japaneseTopicParticle, .sourceOutranksVerb, .strongBefore, .tagAfter, .signature, .weakBefore,
            .sourceLater, .sentenceTag, .unlistedVerb,
        ],
        before: [.accordingTo, .asXPutIt, .nearestCue, .speakerAndColon, .hereIsX, .colonSentenceSubject],
        context: [
            .blockQuoteAfterColon, .ownerOfClaim, .quotedPhraseSubject, .sameParagraph, .previousParagraph, .standaloneSubject,
            .neighbourSentence,
        ],
        confidences: [
            .transcriptLabel: [.standard: 0.85],
            .beforeAccordingTo: [.standard: 0.9],
            .beforeAsXPutIt: [.standard: 0.9],
            .beforeSpeakerThenCue: [.standard: 0.92, .distant: 0.75],
            .beforeParticipleTakesSubject: [.standard: 0.92, .distant: 0.75],
            .beforeCueThenSpeaker: [.standard: 0.92, .distant: 0.75],
            .beforeCoordinatedVerbs: [.standard: 0.92, .distant: 0.75],
            .beforeRelativePronoun: [.standard: 0.92, .distant: 0.75],
            .beforeOuterSpeaker: [.standard: 0.92, .distant: 0.75],
            .beforeSpeakerAndColon: [.standard: 0.7],
            .beforeHereIsX: [.standard: 0.7],
            .beforeColonSentenceSubject: [.standard: 0.65],
            .afterCueThenSpeaker: [.standard: 0.95],
            .afterSpeakerThenCue: [.standard: 0.95, .newSentence: 0.8, .described: 0.9],
            .afterSpeakerDescriptionCue: [.standard: 0.8],
            .afterUnlistedVerb: [.standard: 0.7],
            .afterAccordingTo: [.standard: 0.85],
            .afterAsXPutIt: [.standard: 0.85],
            .afterSignature: [.standard: 0.85],
            .afterSentenceTag: [.standard: 0.85],
            .japaneseTopicParticle: [.standard: 0.85],
            .blockQuoteAfterColon: [.standard: 0.85],
            .ownerOfClaim: [.standard: 0.6],
            .clauseSubject: [.standard: 0.5],
            .sentenceSubject: [.standard: 0.5],
            .sameParagraph: [.standard: 0.8],
            .paragraphAfterColon: [.standard: 0.85],
            .statementGoesOn: [.standard: 0.75],
            .introducedEarlier: [.standard: 0.6],
            .colonSentenceSubject: [.standard: 0.6],
            .previousSpeechTag: [.standard: 0.7],
            .previousSentenceSubject: [.standard: 0.55],
        ],
        introduction: Introduction(cue: 0.85, participle: 0.8, phrase: 0.7, channel: 0.6),
        // On train, carries of a phrase of one or two words by these rules were right 13% and 34% of the time.
        scareQuoteLimits: [.sameParagraph: 2, .clauseSubject: 2]
    )
}
