import SaywhoCore

/// Every attribution rule by name. A rule's `why` is the text the reader's "Why" field and
/// `saywho extract`'s `rule` field show; precedence and confidence live in `RuleSet`.
enum RuleID: Int, CaseIterable, Sendable {
    // In the quote.
    case transcriptLabel
    // Before the quote (Rules/Before/).
    case beforeAccordingTo, beforeAsXPutIt, beforeSpeakerThenCue, beforeParticipleTakesSubject, beforeCueThenSpeaker
    case beforeCoordinatedVerbs, beforeRelativePronoun, beforeOuterSpeaker, beforeSpeakerAndColon, beforeHereIsX
    case beforeColonSentenceSubject
    // After the quote (Rules/After/).
    case afterCueThenSpeaker, afterSpeakerThenCue, afterSpeakerDescriptionCue, afterUnlistedVerb, afterAccordingTo
    case afterAsXPutIt, afterSignature, afterSentenceTag
    // Japanese (Rules/Japanese/).
    case japaneseTopicParticle, japanesePreviousSentence
    // German (Rules/German/).
    case germanTagAfter, germanCueBefore, germanAccordingTo, germanColonSubject
    // French (Rules/French/).
    case frenchTagAfter, frenchCueBefore, frenchSelon
    // Spanish (Rules/Spanish/).
    case spanishTagAfter, spanishCueBefore, spanishSegun, spanishInterviewTurn, spanishInterviewQuestion
    case spanishDroppedSubject
    // Context: carried to a quote with no attribution of its own (Rules/Context/).
    case blockQuoteAfterColon, ownerOfClaim, clauseSubject, sentenceSubject, sameParagraph, paragraphAfterColon
    case statementGoesOn, introducedEarlier, colonSentenceSubject, previousSpeechTag, previousSentenceSubject

    /// Why the rule names its speaker, in words a reader follows.
    var why: String {
        switch self {
        case .transcriptLabel: "transcript speaker label"
        case .beforeAccordingTo: "before: according to"
        case .beforeAsXPutIt: "before: as X put it"
        case .beforeSpeakerThenCue: "before: speaker then cue"
        case .beforeParticipleTakesSubject: "before: participle takes the subject"
        case .beforeCueThenSpeaker: "before: cue then speaker"
        case .beforeCoordinatedVerbs: "before: subject shared by coordinated verbs"
        case .beforeRelativePronoun: "before: relative pronoun then cue"
        case .beforeOuterSpeaker: "before: outer speaker reports"
        case .beforeSpeakerAndColon: "before: speaker and colon"
        case .beforeHereIsX: "before: here is X and a colon"
        case .beforeColonSentenceSubject: "before: subject of a sentence ending in a colon"
        case .afterCueThenSpeaker: "after: cue then speaker"
        case .afterSpeakerThenCue: "after: speaker then cue"
        case .afterSpeakerDescriptionCue: "after: speaker, description, cue"
        case .afterUnlistedVerb: "after: speaker then unlisted verb"
        case .afterAccordingTo: "after: according to"
        case .afterAsXPutIt: "after: as X put it"
        case .afterSignature: "after: name signs the quote"
        case .afterSentenceTag: "after: sentence ends with a speech tag"
        case .japaneseTopicParticle: "Japanese: speaker は「…」と述べた"
        case .japanesePreviousSentence: "Japanese: person named in the sentence before"
        case .germanTagAfter: "German: cue then speaker after the quote"
        case .germanCueBefore: "German: speaker and cue before the quote"
        case .germanAccordingTo: "German: laut X, nach Angaben von X"
        case .germanColonSubject: "German: subject of the sentence the colon ends"
        case .frenchTagAfter: "French: cue then speaker after the quote"
        case .frenchCueBefore: "French: speaker and cue before the quote"
        case .frenchSelon: "French: selon X, d'après X"
        case .spanishTagAfter: "Spanish: cue then speaker after the quote"
        case .spanishCueBefore: "Spanish: speaker and cue before the quote"
        case .spanishSegun: "Spanish: según X"
        case .spanishInterviewTurn: "Spanish: interviewee's turn in an interview"
        case .spanishDroppedSubject: "Spanish: tag without a subject, the sentence before's"
        case .spanishInterviewQuestion: "Spanish: interviewer's question, the article's author"
        case .blockQuoteAfterColon: "block quote after a colon"
        case .ownerOfClaim: "owner of a claim"
        case .clauseSubject: "subject of the clause"
        case .sentenceSubject: "sentence subject"
        case .sameParagraph: "same paragraph as an attributed quote"
        case .paragraphAfterColon: "paragraph after a colon"
        case .statementGoesOn: "statement goes on from the previous paragraph"
        case .introducedEarlier: "introduced in a previous paragraph"
        case .colonSentenceSubject: "subject of the sentence the colon ends"
        case .previousSpeechTag: "speech tag of the sentence before"
        case .previousSentenceSubject: "subject of the sentence before"
        }
    }

    /// The language whose rule set alone asks this rule; nil for a rule any language's set may ask.
    var language: Language? {
        switch self {
        case .germanTagAfter, .germanCueBefore, .germanAccordingTo, .germanColonSubject: .german
        case .frenchTagAfter, .frenchCueBefore, .frenchSelon: .french
        case .spanishTagAfter, .spanishCueBefore, .spanishSegun, .spanishInterviewTurn, .spanishInterviewQuestion,
            .spanishDroppedSubject:
            .spanish
        case .japanesePreviousSentence: .japanese
        default: nil
        }
    }

    /// The rule whose `why` is `text`, as `Attribution.rule` stores it.
    init?(why text: String) {
        guard let rule = RuleID.allCases.first(where: { $0.why == text }) else { return nil }
        self = rule
    }
}
