import Testing

@testable import SaywhoAttribution

/// A man speaks, then a woman named in the next paragraph, then "she".
private let sheAfterAMan = """
    A spokesman, Derek Vale, said the cuts were “painful but needed.”

    Joan Pratt, who has run the branch since 1994, said staff were told on Monday. “A few of us cried,” she said.
    """

/// Ms. and Mr. give the gender that "she" resolves with.
private let courtesyTitles = """
    Ms. Okafor chaired the meeting. Mr. Lund said the vote was “a mistake we will regret.”

    “We will not regret it,” she said.
    """

/// A woman who told a paper something, then "she" in the next paragraph.
private let toldHarbourWeekly = """
    Vera Quist said she rarely speaks of it, but told Harbour Weekly last year that she feared the worst.

    “I chose rest for a while,” she said at the time.
    """

/// Canonical names, titles and pronouns, on sentences written for the project.
@Suite struct SpeakerNameTests {
    /// Canonical names: titles, party tags and appositives around the name.
    @Test(arguments: [
        // A party tag with a full stop ends no sentence.
        RuleCase(
            "Port Director Ruth Keel (D-Calder.) said the town must invest in \"more dredging\" this year.", speaker: "Ruth Keel",
            mention: "Port Director Ruth Keel", rule: .beforeSpeakerThenCue),
        // Titles are stripped from canonical names.
        RuleCase(
            "Councillor Owen Tate said the plan was “a giveaway.” Senate Majority Leader Ada Brook said it was “overdue.”",
            speaker: "Owen Tate", mention: "Councillor Owen Tate", rule: .beforeSpeakerThenCue),
        RuleCase(
            "Councillor Owen Tate said the plan was “a giveaway.” Senate Majority Leader Ada Brook said it was “overdue.”",
            quote: 1, speaker: "Ada Brook", mention: "Senate Majority Leader Ada Brook", rule: .beforeSpeakerThenCue),
        // An abbreviated state before a comma ends no sentence.
        RuleCase(
            "“The vote will pass on Friday,” Senate Majority Leader Ada Brook, R-Ky., said Tuesday.", speaker: "Ada Brook",
            mention: "Senate Majority Leader Ada Brook", rule: .afterSpeakerDescriptionCue),
        // A name before several comma groups.
        RuleCase(
            "Jo Wilson, 59, of Ashton, Md., who watched from the quay, said the day brought back “every summer of my childhood.”",
            speaker: "Jo Wilson", mention: "Jo Wilson", rule: .sentenceSubject),
        // A party tag before an appositive.
        RuleCase(
            "“The ferry must run all winter,” Rep. Ada Brook (R-Calder), a harbour board member, said on Monday.",
            speaker: "Ada Brook", mention: "Rep. Ada Brook", rule: .afterSpeakerThenCue),
    ])
    func canonicalNames(_ example: RuleCase) { example.check() }

    /// Verbs of saying.
    @Test(arguments: [
        // More verbs of saying from annotated news.
        RuleCase(
            "The harbour trust issued a terse reply: “No comment at this stage.” Ada Brook denounced the plan as “a betrayal of the island.”",
            speaker: "The harbour trust", mention: "The harbour trust", rule: .beforeSpeakerThenCue),
        RuleCase(
            "The harbour trust issued a terse reply: “No comment at this stage.” Ada Brook denounced the plan as “a betrayal of the island.”",
            quote: 1, speaker: "Ada Brook", mention: "Ada Brook", rule: .beforeSpeakerThenCue),
        // "pointed out" and "slammed" are verbs of saying.
        RuleCase(
            "Tom Hale pointed out that the ferry was “never once on time.” Ada Brook slammed the timetable as “pure fiction.”",
            speaker: "Tom Hale", mention: "Tom Hale", rule: .beforeSpeakerThenCue),
        RuleCase(
            "Tom Hale pointed out that the ferry was “never once on time.” Ada Brook slammed the timetable as “pure fiction.”",
            quote: 1, speaker: "Ada Brook", mention: "Ada Brook", rule: .beforeSpeakerThenCue),
    ])
    func verbsOfSaying(_ example: RuleCase) { example.check() }

    /// Every quote a text holds, in order.
    @Test(arguments: [
        // Titles are stripped from canonical names: two quotes.
        FoundQuotes(
            "Councillor Owen Tate said the plan was “a giveaway.” Senate Majority Leader Ada Brook said it was “overdue.”",
            quotes: ["“a giveaway.”", "“overdue.”"]),
        // An opening adverb is no speaker: "massive savings" is no quote at all, so nobody is "Ironically".
        FoundQuotes("Ironically, the plan of “massive savings” cost the town more than it saved.", quotes: []),
        // More verbs of saying from annotated news: two quotes.
        FoundQuotes(
            "The harbour trust issued a terse reply: “No comment at this stage.” Ada Brook denounced the plan as “a betrayal of the island.”",
            quotes: ["“No comment at this stage.”", "“a betrayal of the island.”"]),
        // "pointed out" and "slammed" are verbs of saying: two quotes.
        FoundQuotes(
            "Tom Hale pointed out that the ferry was “never once on time.” Ada Brook slammed the timetable as “pure fiction.”",
            quotes: ["“never once on time.”", "“pure fiction.”"]),
    ])
    func quotesFound(_ example: FoundQuotes) { example.check() }
}

/// "he" and "she" resolved with the gender the article shows, never to a person called "She".
@Suite struct PronounResolutionTests {
    /// Pronouns resolved to the person the article names.
    @Test(arguments: [
        // "she" skips the last speaker when he is a man.
        RuleCase(sheAfterAMan, speaker: "Derek Vale", mention: "Derek Vale", rule: .beforeSpeakerThenCue),
        RuleCase(sheAfterAMan, quote: -1, speaker: "Joan Pratt", mention: "she", rule: .afterSpeakerThenCue),
        // A courtesy title gives the gender.
        RuleCase(courtesyTitles, speaker: "Lund", mention: "Mr. Lund", rule: .beforeSpeakerThenCue),
        RuleCase(courtesyTitles, quote: -1, speaker: "Okafor", mention: "she", rule: .afterSpeakerThenCue),
        // A pronoun with nobody to point to is never named "She".
        RuleCase(
            "“We have waited long enough for this bridge,” she said.", speaker: "Unidentified speaker", mention: "she",
            rule: .afterSpeakerThenCue),
        // A name the speaker told is no evidence of gender.
        // The outlet she told stands in the sentence her pronoun points to: the quote's channel.
        RuleCase(
            toldHarbourWeekly, speaker: "Vera Quist", mention: "she", channel: "Harbour Weekly", rule: .afterSpeakerThenCue),
        // A pronoun after the name's own cue, across an appositive.
        RuleCase(
            "Ray Dunne, who has lived on Net Lane for forty years, said he had seen worse. “The water came up to the sills,” he said.",
            speaker: "Ray Dunne", mention: "he", rule: .afterSpeakerThenCue),
    ])
    func pronouns(_ example: RuleCase) { example.check() }

    /// Every quote a text holds, in order.
    @Test(arguments: [
        // "she" skips the last speaker when he is a man: two quotes.
        FoundQuotes(sheAfterAMan, quotes: ["“painful but needed.”", "“A few of us cried,”"])
    ])
    func quotesFound(_ example: FoundQuotes) { example.check() }
}
