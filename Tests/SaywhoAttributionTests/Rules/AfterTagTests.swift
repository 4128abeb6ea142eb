import Testing

@testable import SaywhoAttribution

/// Speech tags and sources after a quote, on sentences written for the project.
@Suite struct AfterTagTests {
    /// A speech tag after the quote names its speaker.
    @Test(arguments: [
        // A quote closed by a comma belongs to the tag after it.
        RuleCase(
            "Mayor Ida Prell said Tom Hale “would lose the vote by a mile,” the aide recalled.", speaker: "The aide",
            mention: "the aide", rule: .afterSpeakerThenCue),
        // A described name and an unlisted verb close the quote.
        RuleCase(
            "“The tide waits for no council,” an angry Hale retorted.", speaker: "Hale", mention: "Hale",
            rule: .afterSpeakerThenCue),
        // A tag after a comma may go on with an audience.
        RuleCase(
            "“Keep your lights on at night,” Tom Hale sings to the harbour crowd.", speaker: "Tom Hale", mention: "Tom Hale",
            rule: .afterUnlistedVerb),
        // A nested quote closing with the outer one keeps its tag.
        RuleCase(
            "''Every captain tells me, 'The north route is too rough,''' Mayor Ida Prell said.", speaker: "Ida Prell",
            mention: "Mayor Ida Prell", rule: .afterSpeakerThenCue),
        // A crowd answers with an unlisted verb.
        RuleCase(
            "“Never!” the crowd roared back, stamping.", speaker: "The crowd", mention: "the crowd", rule: .afterUnlistedVerb),
        // A long sentence ends with its tag.
        RuleCase(
            "“Without the night ferry” and the buses that meet it at the quay, Ada Brook said at a town hall on Monday evening.",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .afterSentenceTag),
        // An inverted tag closes the sentence.
        RuleCase(
            "The new bridge “may never pay for itself” in the council's view, said Ann Lowe.", speaker: "Ann Lowe",
            mention: "Ann Lowe", rule: .afterSentenceTag),
        // A description then a name in commas.
        RuleCase(
            "“The fine was fair,” the skipper, Tom Hale, told the local paper.", speaker: "Tom Hale", mention: "Tom Hale",
            rule: .afterSpeakerThenCue),
    ])
    func theTagAfterTheQuote(_ example: RuleCase) { example.check() }

    /// A source named after the quote: according to, as X put it, per.
    @Test(arguments: [
        // A source named after the quote.
        RuleCase(
            "Some two hundred boats joined a “sail-past” in the bay, according to the organisers of the regatta.",
            speaker: "The organisers of the regatta", mention: "the organisers of the regatta", rule: .afterAccordingTo),
        // As X put it, after the quote.
        RuleCase(
            "The one rule is a “clean bill of health,” as a Treasury memo put it.", speaker: "A Treasury memo",
            mention: "a Treasury memo", channel: "a memo", rule: .afterAsXPutIt),
        // "per" names a source.
        RuleCase(
            "Members may not sail “without a second hand on deck,” per the club's bylaws.", speaker: "The club's bylaws",
            mention: "the club's bylaws", rule: .afterAccordingTo),
        // "according to" after the quote outranks a verb inside.
        RuleCase(
            "The harbour master was greeted with cries of “Resign!” at the dock, according to a clerk at the port office.",
            speaker: "A clerk at the port office", mention: "a clerk at the port office", rule: .afterAccordingTo),
    ])
    func aSourceAfterTheQuote(_ example: RuleCase) { example.check() }

    /// What follows the quote is no tag of it: the speaker before keeps the quote.
    @Test(arguments: [
        // The tag after must be a short tag: "said the fares …" goes on with a clause of its own:
        // the speaker before keeps the quote.
        RuleCase(
            "Ada Brook claimed that the ferry “ran late every day,” one of the drivers said the fares were fine.",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .beforeSpeakerThenCue),
        // A participle after the quote is no inverted tag.
        RuleCase(
            "Ada Brook said the fares were “far too high for families,” adding that the board would meet.", speaker: "Ada Brook",
            mention: "Ada Brook", rule: .beforeSpeakerThenCue),
        // A source in the next sentence is not this quote's.
        RuleCase(
            "Ada Brook joined in on the radio, saying the council should print the plans “before the autumn vote.” Brook will visit the pier on Sunday, according to an aide.",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .beforeParticipleTakesSubject),
        // A new sentence whose tag opens a quote speaks only that one.
        RuleCase(
            "Tom Hale said the pier was “a relic of a richer century.” Ada Brook added: “The pier will stand for fifty more years.”",
            speaker: "Tom Hale", mention: "Tom Hale", rule: .beforeSpeakerThenCue),
        RuleCase(
            "Tom Hale said the pier was “a relic of a richer century.” Ada Brook added: “The pier will stand for fifty more years.”",
            quote: 1, speaker: "Ada Brook", mention: "Ada Brook", rule: .beforeSpeakerThenCue),
    ])
    func theSpeakerBeforeKeepsTheQuote(_ example: RuleCase) { example.check() }

    /// Every quote a text holds, in order.
    @Test(arguments: [
        // A new sentence whose tag opens a quote speaks only that one: two quotes.
        FoundQuotes(
            "Tom Hale said the pier was “a relic of a richer century.” Ada Brook added: “The pier will stand for fifty more years.”",
            quotes: ["“a relic of a richer century.”", "“The pier will stand for fifty more years.”"])
    ])
    func quotesFound(_ example: FoundQuotes) { example.check() }
}
