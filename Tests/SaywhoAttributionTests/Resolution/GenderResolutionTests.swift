import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

/// One text and the speaker its last quote must resolve to (or must not).
struct ResolutionCase: Sendable, CustomTestStringConvertible {
    var text: String
    /// The speaker of the last quote, or nil when only `notSpeaker` is checked.
    var speaker: String?
    /// A person the last quote must never go to (the other gender, a place).
    var notSpeaker: String?
    /// The mention as written, when the case checks it.
    var mention: String?

    init(_ text: String, speaker: String? = nil, notSpeaker: String? = nil, mention: String? = nil) {
        self.text = text
        self.speaker = speaker
        self.notSpeaker = notSpeaker
        self.mention = mention
    }

    var testDescription: String { text }
}

/// "he" and "she" go to the most recent mention whose gender fits, from titles, role words,
/// the first-name table and the pronouns the article ties to the person; a shared surname
/// resolves by title. Sentences written for the project.
@Suite struct GenderResolutionTests {
    static let cases: [ResolutionCase] = [
        // A person introduced in narration counts, not only earlier speakers.
        ResolutionCase(
            "“The yard will stay open,” said Harald Brun. Mayor Ellen Vik toured the flooded quay on Tuesday. “It will take years to rebuild,” she said.",
            speaker: "Ellen Vik", mention: "she"),
        ResolutionCase(
            "“The nets come up empty,” Maren Holt said. Later that morning Arthur Penrose walked the length of the pier. “Nobody is buying fish,” he said.",
            speaker: "Arthur Penrose", mention: "he"),
        // Never a person of the other known gender.
        ResolutionCase(
            "Oskar Lind said the spring tide was “higher than any in memory.”\n\n“I have never seen the harbour like this,” she said.",
            notSpeaker: "Oskar Lind", mention: "she"),
        // The first-name table knows names a short list lacks.
        ResolutionCase(
            "“Dredging starts in June,” Leopold Farrant said. Rosalind Achterberg, who chairs the marina board, disagreed. “We have not voted on it,” she said.",
            speaker: "Rosalind Achterberg"),
        ResolutionCase(
            "“Dredging starts in June,” Rosalind Achterberg said. Leopold Farrant, who keeps the lighthouse, disagreed. “Nobody asked the keepers,” he said.",
            speaker: "Leopold Farrant"),
        // A role word or title right before a name that the table cannot place.
        ResolutionCase(
            "Council spokeswoman Robin Ashby said the ferry would run all winter. Dale Morrow said the fares were “far too high.”\n\n“We are listening to every complaint,” she said.",
            speaker: "Robin Ashby"),
        ResolutionCase(
            "Chairman Robin Vey opened the harbour board meeting. Eva Brandt asked about the moorings.\n\n“Our books are full until August,” he said.",
            speaker: "Robin Vey"),
        // The pronoun the article ties to a surname: "Quayle said he" makes Jordan Quayle a man.
        ResolutionCase(
            "“The yard is busy all year,” Tobias Wren said.\n\nJordan Quayle runs the chandlery on Net Lane. Quayle said he would cut prices before the regatta. “Rope is cheaper this year,” he said.",
            speaker: "Jordan Quayle"),
        // A shared surname resolves by title: Mrs. and Mr. Carrow.
        ResolutionCase(
            "Margaret Carrow runs the boatyard her husband founded. Edward Carrow still comes in most days.\n\n“We build one boat a year, and we build it well,” Mrs. Carrow said.",
            speaker: "Margaret Carrow", mention: "Mrs. Carrow"),
        ResolutionCase(
            "Edward Carrow founded the boatyard in 1971. Margaret Carrow runs it now.\n\n“We started with a single rowing boat,” Mr. Carrow said.",
            speaker: "Edward Carrow", mention: "Mr. Carrow"),
        ResolutionCase(
            "Edward Carrow founded the boatyard in 1971. Margaret Carrow runs it now. Mrs. Carrow keeps the books herself.\n\n“Every invoice goes through me,” she said.",
            speaker: "Margaret Carrow"),
        // A first name the table finds too shared to decide still keeps the other gender's pronoun away.
        ResolutionCase(
            "“The slipway needs rebuilding,” Terry Vosk said at the meeting.\n\n“I disagree with every word of that,” she said.",
            notSpeaker: "Terry Vosk", mention: "she"),
        ResolutionCase(
            "“The slipway needs rebuilding,” Kelly Marsh said at the meeting.\n\n“I disagree with every word of that,” he said.",
            notSpeaker: "Kelly Marsh", mention: "he"),
        // A month before a surname is no first name.
        ResolutionCase(
            "In June Trawley left the council. “I have done my share,” said Piers Trawley.\n\nCouncillor Ines Maro disagreed. “He has left us in the lurch,” she said.",
            speaker: "Ines Maro"),
    ]

    @Test(arguments: cases)
    func lastQuoteResolves(_ c: ResolutionCase) {
        let rows = quoteRows(c.text)
        let last = rows.last
        if let speaker = c.speaker { #expect(last?.speaker == speaker, "\(rows)") }
        if let notSpeaker = c.notSpeaker { #expect(last?.speaker != notSpeaker, "\(rows)") }
        if let mention = c.mention { #expect(last?.mention == mention, "\(rows)") }
    }
}
