import SaywhoCore
import SaywhoTestSupport
import Testing

/// Canonical names, titles and pronouns, on sentences written for the project.
@Suite struct SpeakerNameTests {
    func rows(_ text: String) -> [QuoteRow] {
        let (article, extraction) = extractText(text)
        return extraction.rows(in: article)
    }

    @Test func partyTagWithAFullStopEndsNoSentence() {
        let rows = rows("Port Director Ruth Keel (D-Calder.) said the town must invest in \"more dredging\" this year.")
        #expect(rows.first?.speaker == "Ruth Keel", "\(rows)")
    }

    @Test func titlesAreStrippedFromCanonicalNames() {
        let rows = rows("Councillor Owen Tate said the plan was “a giveaway.” Senate Majority Leader Ada Brook said it was “overdue.”")
        #expect(rows.map(\.speaker) == ["Owen Tate", "Ada Brook"], "\(rows)")
    }
}
