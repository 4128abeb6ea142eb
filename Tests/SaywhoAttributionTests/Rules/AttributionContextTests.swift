import Testing

@testable import SaywhoAttribution

/// Two paragraphs, each a quote signed after a dash.
private let signedQuotes = """
    “The ferry has been late every single day this month.” ― Carla Venn

    “Fix the timetable first, then raise fares.” — Omar Lisk.
    """

/// A transcript: each turn opens with a quotation mark and the speaker's label.
private let transcript = """
    "HOST: Will the bridge open on time this spring?

    "TATE: It will, and under budget as well, I promise you.

    "HOST: Thank you for joining us on the programme today.
    """

/// Rules for quotes whose speaker is named outside the usual "X said": signatures,
/// transcript labels, neighbouring sentences. Every sentence is written for the project.
@Suite struct AttributionContextTests {
    /// A speaker named outside the usual "X said".
    @Test(arguments: [
        // A mixed quote belongs to its own subject, not the earlier speaker.
        RuleCase(
            "“We are ready,” said Mayor Ida Prell. The harbour board later called the plan “a costly gamble for the town.”",
            speaker: "Ida Prell", mention: "Mayor Ida Prell", rule: .afterCueThenSpeaker),
        RuleCase(
            "“We are ready,” said Mayor Ida Prell. The harbour board later called the plan “a costly gamble for the town.”",
            quote: 1, speaker: "The harbour board", mention: "The harbour board", rule: .beforeSpeakerThenCue),
        // A name after a dash signs the quote.
        RuleCase(signedQuotes, speaker: "Carla Venn", mention: "Carla Venn", rule: .afterSignature),
        RuleCase(signedQuotes, quote: 1, speaker: "Omar Lisk", mention: "Omar Lisk", rule: .afterSignature),
        // Transcript labels name each turn.
        RuleCase(transcript, speaker: "Host", mention: "HOST", rule: .transcriptLabel),
        RuleCase(transcript, quote: 1, speaker: "Tate", mention: "TATE", rule: .transcriptLabel),
        RuleCase(transcript, quote: 2, speaker: "Host", mention: "HOST", rule: .transcriptLabel),
        // A speech tag closing the sentence before speaks on.
        RuleCase(
            "The council may wait until spring, when the budget is ready, Ada Brook said. \"The other factor is the weather, which nobody can plan for.\"",
            speaker: "Ada Brook", mention: "Ada Brook", rule: .previousSpeechTag),
        // "As someone put it" names the speaker.
        RuleCase(
            "As Ms. Roe put it in a letter to members, the union is “not going anywhere this winter.”", speaker: "Roe",
            mention: "Ms. Roe", channel: "a letter to members", rule: .beforeAsXPutIt),
    ])
    func speakerFromContext(_ example: RuleCase) { example.check() }

    /// Every quote a text holds, in order.
    @Test(arguments: [
        // A mixed quote belongs to its own subject, not the earlier speaker: two quotes.
        FoundQuotes(
            "“We are ready,” said Mayor Ida Prell. The harbour board later called the plan “a costly gamble for the town.”",
            quotes: ["“We are ready,”", "“a costly gamble for the town.”"]),
        // A name after a dash signs the quote: two quotes.
        FoundQuotes(
            signedQuotes,
            quotes: ["“The ferry has been late every single day this month.”", "“Fix the timetable first, then raise fares.”"]),
        // Transcript labels name each turn: three turns.
        FoundQuotes(
            transcript,
            quotes: [
                "\"HOST: Will the bridge open on time this spring?",
                "\"TATE: It will, and under budget as well, I promise you.",
                "\"HOST: Thank you for joining us on the programme today.",
            ]),
        // A title-case programme after a broadcaster is no statement.
        FoundQuotes(
            "Mayor Ida Prell told Radio Calder’s “Morning Tide Show” that the ferry would run. She spoke on “Harbour Hour,” too.",
            quotes: []),
    ])
    func quotesFound(_ example: FoundQuotes) { example.check() }
}
