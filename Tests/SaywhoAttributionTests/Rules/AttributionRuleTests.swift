import Testing

@testable import SaywhoAttribution

/// The main attribution rules, each on a sentence written for the project.
@Suite struct AttributionRuleTests {
    /// A tag after the quote names the speaker.
    @Test(arguments: [
        // A cue then the speaker after the quote.
        RuleCase(
            "“The bridge will open in May,” said Jane Roe, the county engineer.", speaker: "Jane Roe", mention: "Jane Roe",
            rule: .afterCueThenSpeaker),
        // The speaker then the cue after the quote.
        RuleCase(
            "“We are not done yet,” Tom Hale said on Tuesday.", speaker: "Tom Hale", mention: "Tom Hale",
            rule: .afterSpeakerThenCue),
        // A description before the name after the quote: the mention ends with the name.
        RuleCase(
            "“The numbers speak for themselves,” county budget director Ada Quill told reporters.", speaker: "Ada Quill",
            mention: "director Ada Quill", rule: .afterSpeakerThenCue),
        // An unnamed description after the quote.
        RuleCase(
            "“Nobody expected the vote to be this close,” one senior Democrat said.", speaker: "Democrat", mention: "Democrat",
            rule: .afterSpeakerThenCue),
        // A speech tag at the end of the sentence.
        RuleCase(
            "The crowd was “calm and cheerful” before the storm, she said.", speaker: "Unidentified speaker", mention: "she",
            rule: .afterSentenceTag),
    ])
    func aTagAfterTheQuote(_ example: RuleCase) { example.check() }

    /// A speaker and a cue before the quote.
    @Test(arguments: [
        // A name as the appositive of a description.
        RuleCase(
            "The mayor’s campaign manager, Lena Ortiz, stated: “The library stays open on Sundays.”", speaker: "Lena Ortiz",
            mention: "Lena Ortiz", rule: .beforeSpeakerThenCue),
        // A capitalised cue word is a name: "States" is not the verb "states": the speaker is the senator, not "the United".
        RuleCase(
            "Senator Mark Bell said the United States “must keep its promises to farmers.”", speaker: "Mark Bell",
            mention: "Senator Mark Bell", rule: .beforeSpeakerThenCue),
        // The earlier cue when the nearest has no subject.
        RuleCase(
            "Pia Lund said the council was right to urge residents “to save water this summer.”", speaker: "Pia Lund",
            mention: "Pia Lund", rule: .beforeSpeakerThenCue),
        // A participle after a comma takes the sentence subject.
        RuleCase(
            "In March, the governor vetoed the bill, calling it “a gift to nobody.”", speaker: "The governor",
            mention: "the governor", rule: .beforeParticipleTakesSubject),
        // A document is a channel, not a speaker.
        RuleCase(
            "Harbor Trust director Eli Marsh issued a statement saying the plan “puts the coast first.”", speaker: "Eli Marsh",
            mention: "Harbor Trust director Eli Marsh", channel: "a statement", rule: .beforeParticipleTakesSubject),
        // An inverted cue only right before the quote.
        RuleCase(
            "Asked about the delay, said Ron Tate: “We waited for the parts.”", speaker: "Ron Tate", mention: "Ron Tate",
            rule: .beforeCueThenSpeaker),
        // "say the words" is no inversion: the words do not speak.
        RuleCase(
            "Nia Cole said that by refusing to say the words “fair wages,” the board had failed its staff.", speaker: "Nia Cole",
            mention: "Nia Cole", rule: .beforeSpeakerThenCue),
        // The sentence subject owns a mixed quote.
        RuleCase(
            "Later that week, Governor Ruth Imre dubbed the new budget a “slow-motion disaster” for schools.",
            speaker: "Ruth Imre", mention: "Governor Ruth Imre", rule: .beforeSpeakerThenCue),
        // The same paragraph carries the speaker forward, to both quotes.
        RuleCase(
            "“We will rebuild,” Mayor Dan Frey said. “Every house on this street.”", speaker: "Dan Frey",
            mention: "Mayor Dan Frey", rule: .afterSpeakerThenCue),
        RuleCase(
            "“We will rebuild,” Mayor Dan Frey said. “Every house on this street.”", quote: 1, speaker: "Dan Frey",
            mention: "Mayor Dan Frey", rule: .sameParagraph),
    ])
    func aSpeakerBeforeTheQuote(_ example: RuleCase) { example.check() }

    /// Function words are never speakers: the series' title is quoted, by nobody (not "There").
    @Test(arguments: [
        RuleCase(
            "There is also a weekly series, called “Ask the Mayor Anything Today,” that airs on radio.", speaker: nil,
            mention: nil, rule: nil)
    ])
    func functionWordsAreNeverSpeakers(_ example: RuleCase) { example.check() }

    /// What counts as a quote: every quote a text holds, in order.
    @Test(arguments: [
        // Function words are never speakers: one quote, the title of the series.
        FoundQuotes(
            "There is also a weekly series, called “Ask the Mayor Anything Today,” that airs on radio.",
            quotes: ["“Ask the Mayor Anything Today,”"]),
        // Title-case show names are not statements.
        FoundQuotes("The host repeated the claim on Monday on the station’s “Morning Coffee Hour” program.", quotes: []),
        // Markup attribute values are not statements.
        FoundQuotes("<post author=\"someone who writes long lines of text here\">Hello.</post>", quotes: []),
        // The same paragraph carries the speaker forward: two quotes.
        FoundQuotes(
            "“We will rebuild,” Mayor Dan Frey said. “Every house on this street.”",
            quotes: ["“We will rebuild,”", "“Every house on this street.”"]),
    ])
    func quotesFound(_ example: FoundQuotes) { example.check() }
}
