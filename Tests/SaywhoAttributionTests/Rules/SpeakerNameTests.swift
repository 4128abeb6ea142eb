import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

/// Canonical names, titles and pronouns, on sentences written for the project.
@Suite struct SpeakerNameTests {
    func rows(_ text: String) -> [QuoteRow] { quoteRows(text) }

    @Test func partyTagWithAFullStopEndsNoSentence() {
        let rows = rows("Port Director Ruth Keel (D-Calder.) said the town must invest in \"more dredging\" this year.")
        #expect(rows.first?.speaker == "Ruth Keel", "\(rows)")
    }

    @Test func titlesAreStrippedFromCanonicalNames() {
        let rows = rows("Councillor Owen Tate said the plan was “a giveaway.” Senate Majority Leader Ada Brook said it was “overdue.”")
        #expect(rows.map(\.speaker) == ["Owen Tate", "Ada Brook"], "\(rows)")
    }
}

extension SpeakerNameTests {
    @Test func abbreviatedStateBeforeACommaEndsNoSentence() {
        let rows = rows("“The vote will pass on Friday,” Senate Majority Leader Ada Brook, R-Ky., said Tuesday.")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func nameBeforeSeveralCommaGroups() {
        let rows = rows("Jo Wilson, 59, of Ashton, Md., who watched from the quay, said the day brought back “every summer of my childhood.”")
        #expect(rows.first?.speaker == "Jo Wilson", "\(rows)")
    }

    @Test func openingAdverbIsNoSpeaker() {
        let rows = rows("Ironically, the plan of “massive savings” cost the town more than it saved.")
        #expect(rows.allSatisfy { $0.speaker != "Ironically" }, "\(rows)")
    }
}

extension SpeakerNameTests {
    @Test func partyTagBeforeAnAppositive() {
        let rows = rows("“The ferry must run all winter,” Rep. Ada Brook (R-Calder), a harbour board member, said on Monday.")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func moreVerbsOfSayingFromAnnotatedNews() {
        let rows = rows("The harbour trust issued a terse reply: “No comment at this stage.” Ada Brook denounced the plan as “a betrayal of the island.”")
        #expect(rows.map(\.mention) == ["The harbour trust", "Ada Brook"], "\(rows)")
    }

    @Test func pointedOutAndSlammedAreVerbsOfSaying() {
        let rows = rows("Tom Hale pointed out that the ferry was “never once on time.” Ada Brook slammed the timetable as “pure fiction.”")
        #expect(rows.map(\.speaker) == ["Tom Hale", "Ada Brook"], "\(rows)")
    }
}

/// "he" and "she" resolved with the gender the article shows, never to a person called "She".
@Suite struct PronounResolutionTests {
    func rows(_ text: String) -> [QuoteRow] { quoteRows(text) }

    @Test func sheSkipsTheLastSpeakerWhenHeIsAMan() {
        let rows = rows("""
            A spokesman, Derek Vale, said the cuts were “painful but needed.”

            Joan Pratt, who has run the branch since 1994, said staff were told on Monday. “A few of us cried,” she said.
            """)
        #expect(rows.map(\.speaker) == ["Derek Vale", "Joan Pratt"], "\(rows)")
        #expect(rows.last?.mention == "she")
    }

    @Test func courtesyTitleGivesTheGender() {
        let rows = rows("""
            Ms. Okafor chaired the meeting. Mr. Lund said the vote was “a mistake we will regret.”

            “We will not regret it,” she said.
            """)
        #expect(rows.last?.speaker == "Okafor" || rows.last?.speaker?.hasSuffix("Okafor") == true, "\(rows)")
    }

    @Test func aPronounWithNobodyToPointToIsNeverNamedShe() {
        let rows = rows("“We have waited long enough for this bridge,” she said.")
        #expect(rows.first?.speaker != "She")
        #expect(rows.first?.mention == "she")
    }

    @Test func aNameTheSpeakerToldIsNoEvidenceOfGender() {
        let rows = rows("""
            Vera Quist said she rarely speaks of it, but told Harbour Weekly last year that she feared the worst.

            “I chose rest for a while,” she said at the time.
            """)
        #expect(rows.first?.speaker == "Vera Quist", "\(rows)")
    }

    @Test func pronounAfterTheNamesOwnCueAcrossAnAppositive() {
        let rows = rows("""
            Ray Dunne, who has lived on Net Lane for forty years, said he had seen worse. “The water came up to the sills,” he said.
            """)
        #expect(rows.first?.speaker == "Ray Dunne", "\(rows)")
    }
}
