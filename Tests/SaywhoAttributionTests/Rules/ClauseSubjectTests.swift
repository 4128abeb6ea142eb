import Testing

@testable import SaywhoAttribution

/// Two paragraphs, each a quote whose speaker is a quantifier.
private let quantifiers = """
    “The fares must come down this spring,” the two write.

    “Better watch the harbour board closely,” tweeted another.
    """

/// Which clause's subject speaks, on sentences written for the project.
@Suite struct ClauseSubjectTests {
    /// The subject of the right clause speaks.
    @Test(arguments: [
        // The object of a preposition is no subject.
        RuleCase(
            "Lena Holt, who has in the past described the ferry as “a floating ruin,” stayed quiet on Monday.",
            speaker: "Lena Holt", mention: "who", rule: .beforeRelativePronoun),
        // A prepositional phrase inside the subject stays.
        RuleCase(
            "A spokeswoman for the harbour board said the plan was “dead in the water.”",
            speaker: "A spokeswoman for the harbour board", mention: "A spokeswoman for the harbour board",
            rule: .beforeSpeakerThenCue),
        RuleCase(
            "The contest soured, with one of his ads asking, “Who pays for the new bridge?”", speaker: "One of his ads",
            mention: "one of his ads", rule: .beforeSpeakerThenCue),
        // "with" and a participle make a clause.
        RuleCase(
            "The debate ended early, with Rep. Ann Lowe telling reporters the vote was “a farce from start to finish.”",
            speaker: "Ann Lowe", mention: "Rep. Ann Lowe", channel: "a debate", rule: .beforeSpeakerThenCue),
        // The innermost clause subject speaks.
        RuleCase(
            "When Mayor Ida Prell opened the bridge, she called the old ferry “a floating ruin that nobody will miss.”",
            speaker: "Ida Prell", mention: "she", rule: .beforeSpeakerThenCue),
        RuleCase(
            "The crowd waited for Tom Hale, who has long cast himself as “the voice of the harbour towns.”", speaker: "Tom Hale",
            mention: "who", rule: .clauseSubject),
        // A pronoun after "that" is reported, not the speaker.
        RuleCase(
            "Ada Brook made clear that she expects the board to stop “patching the roof while the walls fall.”",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .sentenceSubject),
        // Coordinated verbs take the nearest subject.
        RuleCase(
            "Ida Prell spoke first, and after Tom Hale arrived, he laughed and said, “The ferry will run on time.”",
            speaker: "Tom Hale", mention: "he", rule: .beforeCoordinatedVerbs),
        // A participle's subject may follow a preposition.
        RuleCase(
            "The film closes on footage of Ada Brook saying, “Every boat in this bay knows my name.”", speaker: "Ada Brook",
            mention: "Ada Brook", rule: .beforeSpeakerThenCue),
        // A cue inside a relative clause is not the sentence's.
        RuleCase(
            "Tom Hale refused to pay a builder who said he was owed money, saying, “The roof leaked from the first week.”",
            speaker: "Tom Hale", mention: "Tom Hale", rule: .beforeParticipleTakesSubject),
        // A clause closed by a comma does not report.
        RuleCase(
            "While Tom Hale acknowledged the cost, Ada Brook also noted several “hidden charges” in the plan.",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .beforeSpeakerThenCue),
        // A clause fragment is no speaker (not "that plainly").
        RuleCase(
            "The mayor made a remark that plainly described the fares as “daylight robbery.”", speaker: "The mayor",
            mention: "The mayor", rule: .sentenceSubject),
        // A fronted participle clause takes the subject after the quote.
        RuleCase(
            "After saying her boat was “too old to cross in a gale,” she was towed back to the harbour.",
            speaker: "Unidentified speaker", mention: "she", rule: .beforeParticipleTakesSubject),
        // An object before a participle is not its subject.
        RuleCase(
            "Ada Brook opened the harbour meeting saying “without doubt” the pier would be rebuilt.", speaker: "Ada Brook",
            mention: "Ada Brook", rule: .beforeParticipleTakesSubject),
        // A participle phrase opening the sentence is no subject.
        RuleCase(
            "Repeating a line from her first campaign, Ada Brook spoke of a “harbour that works for the smallest boat.”",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .sentenceSubject),
        RuleCase(
            "Early in the winter, Tom Hale criticised the board, calling it “asleep at the tiller.”", speaker: "Tom Hale",
            mention: "Tom Hale", rule: .beforeParticipleTakesSubject),
    ])
    func theClauseSubjectSpeaks(_ example: RuleCase) { example.check() }

    /// Descriptions, roles and names that speak.
    @Test(arguments: [
        // A description ending in a role is a speaker: the mention ends with "senator".
        RuleCase(
            "The former harbour master and state senator said it was “a grave error” to close the pier.", speaker: "Senator",
            mention: "senator", rule: .beforeSpeakerThenCue),
        // According to a described name.
        RuleCase(
            "According to veteran harbour pilot Tom Hale, the new rules smell of “panic.”", speaker: "Tom Hale",
            mention: "Tom Hale", rule: .beforeAccordingTo),
        // Another quote carries the name, not "who".
        RuleCase(
            "“Ticket sales rose again in June,” said Tom Hale, who noted that fuel costs had “eased” since spring. “The ferry pays its way now.”",
            speaker: "Tom Hale", mention: "Tom Hale", rule: .afterCueThenSpeaker),
        RuleCase(
            "“Ticket sales rose again in June,” said Tom Hale, who noted that fuel costs had “eased” since spring. “The ferry pays its way now.”",
            quote: 1, speaker: "Tom Hale", mention: "who", rule: .beforeRelativePronoun),
        RuleCase(
            "“Ticket sales rose again in June,” said Tom Hale, who noted that fuel costs had “eased” since spring. “The ferry pays its way now.”",
            quote: -1, speaker: "Tom Hale", mention: "Tom Hale", rule: .sameParagraph),
        // Poll shares speak.
        RuleCase(
            "Asked about the bridge, 31 percent said “worth every penny” and 12 percent said “a waste of money.”",
            speaker: "Percent", mention: "percent", rule: .beforeSpeakerThenCue),
        RuleCase(
            "Asked about the bridge, 31 percent said “worth every penny” and 12 percent said “a waste of money.”", quote: 1,
            speaker: "Percent", mention: "percent", rule: .beforeSpeakerThenCue),
        // A quantifier stands for people.
        RuleCase(quantifiers, speaker: "The two", mention: "the two", rule: .afterSpeakerThenCue),
        RuleCase(quantifiers, quote: 1, speaker: "Another", mention: "another", channel: "Twitter", rule: .afterCueThenSpeaker),
        // A plural role is a speaker ("prosecutors" or "federal prosecutors").
        RuleCase(
            "“The damage to the harbour fund cannot be measured,” federal prosecutors wrote.", speaker: "Prosecutors",
            mention: "prosecutors", rule: .afterSpeakerThenCue),
        // A name decoded twice stays one word.
        RuleCase(
            "Harbour master FranÃ§ois Dupont called the storm “the worst in forty winters.”", speaker: "FranÃ§ois Dupont",
            mention: "FranÃ§ois Dupont", rule: .beforeSpeakerThenCue),
        // A role inside a capitalised name.
        RuleCase(
            "As the hour ran out, asked BBC moderator Nancy Cole: “Who will pay for the new pier?”", speaker: "Nancy Cole",
            mention: "BBC moderator Nancy Cole", rule: .beforeCueThenSpeaker),
        // The subject of the sentence before may carry an appositive (the old test took "Ada Brook" as the speaker or
        // "His partner at Skerry Yard" as the mention; the speaker found is "Skerry Yard").
        RuleCase(
            "The yard grew fast. His partner at Skerry Yard, Ada Brook, called him a born builder. “He could fix any hull we brought him, in any weather.”",
            speaker: "Skerry Yard", mention: "His partner at Skerry Yard", rule: .previousSentenceSubject),
        // A quantifier after "of" ends a longer phrase.
        RuleCase(
            "Asked about the ferry, the 41-year-old father of two replied, “We cross twice a day and it has never been late.”",
            speaker: "The 41-year-old father of two", mention: "the 41-year-old father of two", rule: .sentenceSubject),
    ])
    func describedSpeakers(_ example: RuleCase) { example.check() }

    /// Colons, dashes and openings before the quote.
    @Test(arguments: [
        // The object before a colon is not the speaker.
        RuleCase(
            "On Monday, Ada Brook sent the following lines:\n\n“The harbour must stay open to every boat.”", speaker: "Ada Brook",
            mention: "Ada Brook", rule: .paragraphAfterColon),
        // A name after a dash then a colon.
        RuleCase(
            "FERRY FARES RISE AGAIN - Ada Brook: “The board has raised the fares three times in two years.”",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .beforeSpeakerAndColon),
        // An adverb may follow the subject.
        RuleCase(
            "Ada Brook then turned to the quay again: “Nobody here will be left behind.”", speaker: "Ada Brook",
            mention: "Ada Brook", rule: .beforeColonSentenceSubject),
        // "Here is X" and a colon.
        RuleCase(
            "Here’s Ada Brook in a 1998 speech: “A town without a ferry is an island twice over.”", speaker: "Ada Brook",
            mention: "Ada Brook", channel: "a speech", rule: .beforeHereIsX),
        RuleCase(
            "More from the report: “Fares on the north route doubled within a decade.”", speaker: "The report",
            mention: "the report", rule: .beforeHereIsX),
        // Names joined by "and" after a dash.
        RuleCase(
            "HARBOUR VOTE TOO CLOSE TO CALL - Ann Lee and Jo Park: “Both camps counted on the late ferry vote.”",
            speaker: "Ann Lee Jo Park", mention: "Ann Lee and Jo Park", rule: .beforeSpeakerAndColon),
        // A date with a year opens the sentence.
        RuleCase(
            "On March 3, 2019, Ada Brook gave this answer:\n\n“For young people who left school early, the harbour offers nothing.”",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .paragraphAfterColon),
    ])
    func colonsAndDashes(_ example: RuleCase) { example.check() }

    /// Quotes nobody says: no word of the sentence is taken for a speaker.
    @Test(arguments: [
        // A dateline is no speaker (not "PORT ELLEN").
        RuleCase(
            "Harbour ferry sails again.\n\nPORT ELLEN, Sept. 28 — The ferry, long mocked by islanders as “a floating ruin that sinks our hopes,” sailed on time.",
            speaker: nil, mention: nil, rule: nil),
        RuleCase(
            "Harbour ferry sails again.\n\nPORT ELLEN, Fla. -- The ferry, long mocked as “a floating ruin that sinks our hopes,” sailed on time.",
            speaker: nil, mention: nil, rule: nil),
        // An opening adverb is no subject (not "Perhaps").
        RuleCase(
            "Perhaps the islanders remember the “long winter of the broken pier” better than anyone.", speaker: nil, mention: nil,
            rule: nil),
    ])
    func attributedToNobody(_ example: RuleCase) { example.check() }

    /// The quotes the texts below keep, and who says them.
    @Test(arguments: [
        // A stray mark quotes nothing: the one quote after it.
        RuleCase(
            "The ferry left at noon, and nobody waved.\"\n\n“We will miss it,” said Tom Hale.", speaker: "Tom Hale",
            mention: "Tom Hale", rule: .afterCueThenSpeaker),
        // A word or two claimed only by a neighbour is a scare quote; a longer phrase is a quote.
        RuleCase(
            "“We will open the pier in May,” Ada Brook said. Then came the “quiet” set on the quay.", speaker: "Ada Brook",
            mention: "Ada Brook", rule: .afterSpeakerThenCue),
        RuleCase(
            "“We will open the pier in May,” Ada Brook said. The board promised “a pier for everyone” in its plan.",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .afterSpeakerThenCue),
        RuleCase(
            "“We will open the pier in May,” Ada Brook said. The board promised “a pier for everyone” in its plan.", quote: 1,
            speaker: "The board", mention: "The board", rule: .beforeSpeakerThenCue),
    ])
    func whatIsQuoted(_ example: RuleCase) { example.check() }

    /// Every quote a text holds, in order.
    @Test(arguments: [
        // A stray mark quotes nothing.
        FoundQuotes(
            "The ferry left at noon, and nobody waved.\"\n\n“We will miss it,” said Tom Hale.", quotes: ["“We will miss it,”"]),
        // Poll shares speak: two quotes.
        FoundQuotes(
            "Asked about the bridge, 31 percent said “worth every penny” and 12 percent said “a waste of money.”",
            quotes: ["“worth every penny”", "“a waste of money.”"]),
        // A quantifier stands for people: two quotes.
        FoundQuotes(
            quantifiers, quotes: ["“The fares must come down this spring,”", "“Better watch the harbour board closely,”"]),
        // A thing named is not a speaker: "Black Tuesday" is no quote at all.
        FoundQuotes("On Sunday, Ada Brook posted a chart of the 1987 storm called “Black Tuesday” on her site.", quotes: []),
        // A word or two claimed only by a neighbour is a scare quote; a longer phrase is a quote.
        FoundQuotes(
            "“We will open the pier in May,” Ada Brook said. Then came the “quiet” set on the quay.",
            quotes: ["“We will open the pier in May,”"]),
        FoundQuotes(
            "“We will open the pier in May,” Ada Brook said. The board promised “a pier for everyone” in its plan.",
            quotes: ["“We will open the pier in May,”", "“a pier for everyone”"]),
    ])
    func quotesFound(_ example: FoundQuotes) { example.check() }
}
