import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// `RuleID.transcriptLabel` (`Rules/TranscriptSpeaker.swift`): a speaker label in capitals inside the quote.
@Suite struct TranscriptSpeakerTests {
    @Test(arguments: [
        RuleCase(
            "“BROOK: Well, the ferry runs at six. HALE: And the bus at seven.”", speaker: "Brook", mention: "BROOK",
            rule: .transcriptLabel),
        RuleCase("“ORTIZ: We start the dredging in June.”", speaker: "Ortiz", mention: "ORTIZ", rule: .transcriptLabel),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}

/// Transcripts printed without quotation marks: each labelled paragraph is a turn, a quote of its own.
@Suite struct UnquotedTranscriptTests {
    @Test func capitalLabelsUsedTwiceMakeTurns() {
        let text = """
            An edited transcript of the harbour debate on Tide FM, with the harbourmaster Ilse Brandvold and the skipper Tomas Greer.

            ILSE BRANDVOLD: The new wall will be finished before the winter storms.

            TOMAS GREER: We have heard that every autumn since the old one fell.

            ILSE BRANDVOLD: This time the stone is already on the quay.

            TOMAS GREER: Then I will believe it when my boat is behind it.
            """
        let found = quoteRows(text)
        #expect(found.count == 4)
        #expect(found.map(\.speaker) == ["Ilse Brandvold", "Tomas Greer", "Ilse Brandvold", "Tomas Greer"])
    }

    @Test func boldLabelsMakeTurns() {
        let text = """
            The exchange at Thursday's meeting of the harbour board went as follows.

            **Cllr Wenna Hosking:** Will the slipway be repaired before the regatta?

            **Cllr Jory Pascoe:** The money is set aside and the work starts in May.

            **Cllr Wenna Hosking:** And if the contractor is late again?

            **Cllr Jory Pascoe:** Then the regatta will launch from the beach, as it did in 1987.
            """
        let found = quoteRows(text)
        #expect(found.map(\.speaker) == ["Wenna Hosking", "Jory Pascoe", "Wenna Hosking", "Jory Pascoe"])
    }

    @Test func answersAreTheIntervieweesAndQuestionsNoStatements() {
        let text = """
            Ottoline Marsh has skippered the Corran lifeboat for eleven years. She answered our questions at the station.

            Q: How many launches this year?

            A: Forty-one so far, and most of them in the dark.

            Q: What keeps the crew coming back?

            A: Each other. Nobody here would let the others go out alone.
            """
        let found = quoteRows(text)
        #expect(
            found.map(\.text) == [
                "A: Forty-one so far, and most of them in the dark.",
                "A: Each other. Nobody here would let the others go out alone.",
            ])
        #expect(found.map(\.speaker) == ["Ottoline Marsh", "Ottoline Marsh"])
    }

    @Test func aLoneHeadingLabelIsNoSpeaker() {
        let text = """
            RELATED: Harbour dues rise for the second year

            The harbour board raised its dues on Monday. “The wall has to be paid for,” said Jory Pascoe.
            """
        let found = quoteRows(text)
        #expect(found.map(\.text) == ["“The wall has to be paid for,”"])
        #expect(found.map(\.speaker) == ["Jory Pascoe"])
    }
}
