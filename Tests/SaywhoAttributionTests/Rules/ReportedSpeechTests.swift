import Testing

@testable import SaywhoAttribution

/// Two paragraphs, each a quote closed by a name and a verb: "pressed", then "shot back".
private let pressedAndShotBack = """
    “Will the fares go up again next year, then?” Ada Brook pressed.

    “Not if we can help it at all,” Tom Hale shot back.
    """

/// Quotes inside reported speech and relative clauses, on sentences written for the project.
@Suite struct ReportedSpeechTests {
    /// Reported speech and relative clauses: whose words the quote is.
    @Test(arguments: [
        // A relative pronoun is the mention and the name the speaker.
        RuleCase(
            "The crowd cheered for Senator Ann Lowe, who called the plan “a disgrace to the town.”", speaker: "Ann Lowe",
            mention: "who", rule: .beforeRelativePronoun),
        // The outer reporter owns the words of the complement.
        RuleCase(
            "Mayor Ida Prell said on Friday that the council once described the tunnel as “the best idea in decades.”",
            speaker: "Ida Prell", mention: "Mayor Ida Prell", rule: .beforeOuterSpeaker),
        // "what he called" belongs to the clause subject, not to "he".
        RuleCase(
            "Councillor Ben Ode condemned what he called a “shameful waste of money.”", speaker: "Ben Ode",
            mention: "Councillor Ben Ode", rule: .beforeOuterSpeaker),
        // A new clause keeps its own speaker.
        RuleCase(
            "Critics said the fares were too high, but the operator insisted they were “fair for everyone.”",
            speaker: "The operator", mention: "the operator", rule: .beforeSpeakerThenCue),
        // A plural noun is no cue verb: "tweets" after an adjective is a noun:
        // the speaker is Lena Holt, not "the mayor's flurry of late-night".
        RuleCase(
            "Lena Holt says the mayor’s flurry of late-night tweets was “a sign of panic.”", speaker: "Lena Holt",
            mention: "Lena Holt", channel: "Twitter", rule: .beforeSpeakerThenCue),
        // A quoted phrase before a verb is its subject, not a tag.
        RuleCase(
            "Attorney Lea Holm said in the letter that the advert “plainly and wrongly” suggests that the town backs the campaign.",
            speaker: "Lea Holm", mention: "Attorney Lea Holm", channel: "the letter", rule: .beforeSpeakerThenCue),
        // The owner of a claim said it, named or as a pronoun.
        RuleCase(
            "The fact-checkers looked into Hale’s claim that the ferry had been “late on ninety days this year.”",
            speaker: "Hale", mention: "Hale’s", rule: .ownerOfClaim),
        RuleCase(
            "Tom Hale spoke first. Few voters believed his promise that fares would “never rise again in this town.”",
            speaker: "Tom Hale", mention: "his", rule: .ownerOfClaim),
    ])
    func reportedAndRelativeClauses(_ example: RuleCase) { example.check() }

    /// Descriptions and tags after the quote.
    @Test(arguments: [
        // A description with numbers before an inverted name.
        RuleCase(
            "“The ferry must run in winter,” said 24/7 nurse Lia Moss.", speaker: "Lia Moss", mention: "Lia Moss",
            rule: .afterCueThenSpeaker),
        // A description with a prepositional phrase after the quote.
        RuleCase(
            "“Why did the council not act?” a narrator in the campaign video asks.", speaker: "A narrator in the campaign video",
            mention: "a narrator in the campaign video", channel: "the campaign video", rule: .afterSpeakerThenCue),
        // A name and an unlisted verb close the quote.
        RuleCase(pressedAndShotBack, speaker: "Ada Brook", mention: "Ada Brook", rule: .afterSpeakerThenCue),
        RuleCase(pressedAndShotBack, quote: 1, speaker: "Tom Hale", mention: "Tom Hale", rule: .afterUnlistedVerb),
    ])
    func descriptionsAfterTheQuote(_ example: RuleCase) { example.check() }

    /// Opening phrases, coordinated verbs and colons before the quote.
    @Test(arguments: [
        // A participle after a long opening phrase takes the subject.
        RuleCase(
            "During a long speech on the harbour front late in the day, Ada Brook attacked the board, saying, “It has failed every family here.”",
            speaker: "Ada Brook", mention: "Ada Brook", channel: "a speech", rule: .beforeParticipleTakesSubject),
        RuleCase(
            "Meanwhile, it attacked the board, saying the plan “has failed every family in the town.”",
            speaker: "Unidentified speaker", mention: "it", rule: .beforeParticipleTakesSubject),
        // The phrase before a colon is what was said, not who said it.
        RuleCase(
            "Mayor Ida Prell greeted the crews with a simple message: “Thank you for every crossing this winter.”",
            speaker: "Ida Prell", mention: "Mayor Ida Prell", rule: .beforeSpeakerThenCue),
        RuleCase(
            "Prell: “We will not close the ferry office this year.”", speaker: "Prell", mention: "Prell",
            rule: .beforeSpeakerAndColon),
        // Coordinated verbs share their subject.
        RuleCase(
            "Mayor Ruth Imre compared the plan to a lottery and urged voters not to “gamble the harbour away.”",
            speaker: "Ruth Imre", mention: "Mayor Ruth Imre", rule: .beforeCoordinatedVerbs),
        // A party and state appositive.
        RuleCase(
            "Rushing into the chamber, Senator Ann Lowe, Republican of Calder, called over her shoulder, “The bill is dead.”",
            speaker: "Ann Lowe", mention: "Senator Ann Lowe", rule: .beforeSpeakerThenCue),
        // A long opening phrase before the subject.
        RuleCase(
            "On the eve of his third election as mayor of the harbour town in March, Tom Hale rallied crews by warning that “the ferry is at risk.”",
            speaker: "Tom Hale", mention: "Tom Hale", rule: .beforeParticipleTakesSubject),
    ])
    func openingsBeforeTheQuote(_ example: RuleCase) { example.check() }

    /// Every quote a text holds, in order.
    @Test(arguments: [
        // A name and an unlisted verb close the quote: two quotes.
        FoundQuotes(
            pressedAndShotBack, quotes: ["“Will the fares go up again next year, then?”", "“Not if we can help it at all,”"])
    ])
    func quotesFound(_ example: FoundQuotes) { example.check() }
}
