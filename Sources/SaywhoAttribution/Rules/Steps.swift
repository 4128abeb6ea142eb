/// One place in the order of the local rules, which read the sentence around a quote.
enum LocalStep: Sendable {
    /// A speaker label in capitals inside the quote (`RuleID.transcriptLabel`).
    case transcriptLabel
    /// `大川市長は「…」と述べた` (`RuleID.japaneseTopicParticle`).
    case japaneseTopicParticle
    /// `石井健二さん（72）。「…」と話した` (`RuleID.japanesePreviousSentence`).
    case japanesePreviousSentence
    /// "according to X" later in the sentence, when no speech tag follows the quote: the source
    /// named for the whole sentence outranks a verb inside it.
    case sourceOutranksVerb
    /// A rule before the quote at `RuleSet.strong` confidence or more; a quote closed by a comma
    /// still hands the sentence to a short tag after it ("Lee said Ward “had no chance,” the aide recalled").
    case strongBefore
    /// A speech tag after the quote (`Rules/After/TagAfter`).
    case tagAfter
    /// A name after a dash (`RuleID.afterSignature`).
    case signature
    /// Any rule before the quote.
    case weakBefore
    /// A source named later in the sentence: according to X, per X, as X put it.
    case sourceLater
    /// A speech tag closing the sentence (`RuleID.afterSentenceTag`).
    case sentenceTag
    /// A name and a verb the lexicon lacks (`RuleID.afterUnlistedVerb`).
    case unlistedVerb
    /// German: „…“, sagte Brandtner (`RuleID.germanTagAfter`).
    case germanTagAfter
    /// German: Brandtner sagte: „…“ (`RuleID.germanCueBefore`).
    case germanCueBefore
    /// German: laut Brandtner, nach Angaben der Polizei (`RuleID.germanAccordingTo`).
    case germanAccordingTo
    /// French: « … », a-t-il prévenu (`RuleID.frenchTagAfter`).
    case frenchTagAfter
    /// French: Claire Dubois a déclaré : « … » (`RuleID.frenchCueBefore`).
    case frenchCueBefore
    /// French: selon X, d'après X (`RuleID.frenchSelon`).
    case frenchSelon
    /// Spanish: «…», aseguró el concejal, Tomás Ferrer (`RuleID.spanishTagAfter`).
    case spanishTagAfter
    /// Spanish: Ferrer dijo: «…» (`RuleID.spanishCueBefore`).
    case spanishCueBefore
    /// Spanish: según X (`RuleID.spanishSegun`).
    case spanishSegun
}

/// One rule in the order of the rules that read the sentence before a quote.
enum BeforeStep: Sendable {
    case accordingTo, asXPutIt
    /// The nearest cue verb with a subject, and the refinements of that subject (`Rules/Before/NearestCue`).
    case nearestCue
    case speakerAndColon, hereIsX, colonSentenceSubject
}

/// One place in the order of the context rules, for a quote with no attribution of its own.
enum ContextStep: Sendable {
    case blockQuoteAfterColon, ownerOfClaim
    /// A phrase quoted inside a clause: the clause's or the sentence's subject.
    case quotedPhraseSubject
    case sameParagraph
    /// A quote opening a paragraph: a colon introduction, a statement going on, a channel introduction.
    case previousParagraph
    /// A quote standing at a sentence's start: the sentence's subject.
    case standaloneSubject
    /// A quote with no tag: the sentence the colon ends, or the sentence before.
    case neighbourSentence
}
