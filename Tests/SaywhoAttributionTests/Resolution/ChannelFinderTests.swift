import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// `ChannelFinder` and the carried channel (`Extractor.carryChannels`): where a statement was made.
@Suite struct ChannelFinderTests {
    @Test(arguments: [
        // The outlet of an interview, not "an interview".
        RuleCase(
            "“The quay will be rebuilt in stone,” Idris Penrose said in an interview with Harbour FM.", speaker: "Idris Penrose",
            mention: "Idris Penrose", channel: "Harbour FM", rule: .afterSpeakerThenCue),
        // A newspaper by the last word of its name.
        RuleCase(
            "“Nobody told the crews,” Wenna Hosking told the Tregarth Chronicle.", speaker: "Wenna Hosking",
            mention: "Wenna Hosking", channel: "the Tregarth Chronicle", rule: .afterSpeakerThenCue),
        // The press event as the text calls it.
        RuleCase(
            "“The slipway opens in May,” Jory Pascoe told a news conference.", speaker: "Jory Pascoe", mention: "Jory Pascoe",
            channel: "a news conference", rule: .afterSpeakerThenCue),
        // Documents with the words that describe them.
        RuleCase(
            "“Freight rates will stay high into the spring,” Lowenna Crabb wrote in a note to clients.", speaker: "Lowenna Crabb",
            mention: "Lowenna Crabb", channel: "a note to clients", rule: .afterSpeakerThenCue),
        RuleCase(
            "“The harbour paid its way this year,” Tamsin Rowe wrote in her annual letter.", speaker: "Tamsin Rowe",
            mention: "Tamsin Rowe", channel: "her annual letter", rule: .afterSpeakerThenCue),
        RuleCase(
            "“I saw the crane fall,” Kitto Jago said in a sworn statement.", speaker: "Kitto Jago", mention: "Kitto Jago",
            channel: "a sworn statement", rule: .afterSpeakerThenCue),
        RuleCase(
            "“The dredging was never finished,” the board said in its monthly newsletter.", speaker: "The board",
            mention: "the board", channel: "its monthly newsletter", rule: .afterSpeakerThenCue),
        RuleCase(
            "“The papers were filed in time,” the board said in court papers.", speaker: "The board", mention: "the board",
            channel: "court papers", rule: .afterSpeakerThenCue),
    ])
    func namesTheChannel(_ example: RuleCase) { example.check() }

    @Test func aChannelCarriesToTheSameSpeakersNextQuotesUntilAnotherSpeaker() {
        let text = """
            “The repairs are finished,” Ada Penhale said in a statement on Monday.

            “The divers did the hardest part,” Penhale said.

            “We would have waited another year,” said Bryn Talley, who runs the ferry.

            “The pier opens on Friday,” Ada Penhale said.
            """
        let rows = quoteRowsOf(text)
        #expect(rows.map(\.speaker) == ["Ada Penhale", "Ada Penhale", "Bryn Talley", "Ada Penhale"])
        #expect(rows.map(\.channel) == ["a statement", "a statement", nil, nil])
    }

    @Test func theNewerChannelWins() {
        let text = """
            “The repairs are finished,” Ada Penhale said in a statement on Monday.

            “The pier opens on Friday,” Penhale told Harbour FM on Tuesday.

            “The divers did the hardest part,” she said.
            """
        #expect(quoteRowsOf(text).map(\.channel) == ["a statement", "Harbour FM", "Harbour FM"])
    }

    func quoteRowsOf(_ text: String) -> [(speaker: String?, channel: String?)] {
        let (article, extraction) = extractText(text)
        return extraction.rows(in: article).map { ($0.speaker, $0.channel) }
    }
}
