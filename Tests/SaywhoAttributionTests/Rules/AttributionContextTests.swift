import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

/// Rules for quotes whose speaker is named outside the usual "X said": signatures,
/// transcript labels, neighbouring sentences. Every sentence is written for the project.
@Suite struct AttributionContextTests {
    func rows(_ text: String) -> [QuoteRow] { quoteRows(text) }

    @Test func mixedQuoteBelongsToItsOwnSubjectNotTheEarlierSpeaker() {
        let rows = rows(
            "“We are ready,” said Mayor Ida Prell. The harbour board later called the plan “a costly gamble for the town.”")
        #expect(rows.count == 2)
        #expect(rows[0].speaker == "Ida Prell")
        #expect(rows[1].mention == "The harbour board")
    }

    @Test func nameAfterADashSignsTheQuote() {
        let rows = rows("“The ferry has been late every single day this month.” ― Carla Venn\n\n“Fix the timetable first, then raise fares.” — Omar Lisk.")
        #expect(rows.map(\.speaker) == ["Carla Venn", "Omar Lisk"])
    }

    @Test func transcriptLabelsNameEachTurn() {
        let rows = rows("""
            "HOST: Will the bridge open on time this spring?

            "TATE: It will, and under budget as well, I promise you.

            "HOST: Thank you for joining us on the programme today.
            """)
        #expect(rows.count == 3, "\(rows)")
        #expect(rows.map(\.speaker) == ["Host", "Tate", "Host"])
        #expect(rows.first?.mention == "HOST")
    }

    @Test func titleCaseProgrammeAfterABroadcasterIsNoStatement() {
        let rows = rows("Mayor Ida Prell told Radio Calder’s “Morning Tide Show” that the ferry would run. She spoke on “Harbour Hour,” too.")
        #expect(rows.isEmpty, "\(rows)")
    }

    @Test func speechTagClosingTheSentenceBeforeSpeaksOn() {
        let rows = rows("The council may wait until spring, when the budget is ready, Ada Brook said. \"The other factor is the weather, which nobody can plan for.\"")
        #expect(rows.first?.speaker == "Ada Brook")
    }

    @Test func asSomeonePutItNamesTheSpeaker() {
        let rows = rows("As Ms. Roe put it in a letter to members, the union is “not going anywhere this winter.”")
        #expect(rows.first?.mention == "Ms. Roe")
    }
}
