import SaywhoCore
import SaywhoTestSupport
import Testing

/// Which clause's subject speaks, on sentences written for the project.
@Suite struct ClauseSubjectTests {
    func rows(_ text: String) -> [QuoteRow] { quoteRows(text) }

    @Test func theObjectOfAPrepositionIsNoSubject() {
        let rows = rows("Lena Holt, who has in the past described the ferry as “a floating ruin,” stayed quiet on Monday.")
        #expect(rows.first?.mention == "who", "\(rows)")
        #expect(rows.first?.speaker == "Lena Holt", "\(rows)")
    }

    @Test func aPrepositionalPhraseInsideTheSubjectStays() {
        let rows = rows("A spokeswoman for the harbour board said the plan was “dead in the water.”")
        #expect(rows.first?.mention == "A spokeswoman for the harbour board", "\(rows)")
        let quantified = self.rows("The race grew bitter, with one of her ads asking, “Who pays for the new bridge?”")
        #expect(quantified.first?.mention == "one of her ads", "\(quantified)")
    }

    @Test func withAndAParticipleMakeAClause() {
        let rows = rows("The debate ended early, with Rep. Ann Lowe telling reporters the vote was “a farce from start to finish.”")
        #expect(rows.first?.speaker == "Ann Lowe", "\(rows)")
    }

    @Test func theInnermostClauseSubjectSpeaks() {
        let rows = rows("When Mayor Ida Prell opened the bridge, she called the old ferry “a floating ruin that nobody will miss.”")
        #expect(rows.first?.mention == "she", "\(rows)")
        let relative = self.rows("The crowd waited for Tom Hale, who has long cast himself as “the voice of the harbour towns.”")
        #expect(relative.first?.mention == "who", "\(relative)")
    }

    @Test func aPronounAfterThatIsReportedNotTheSpeaker() {
        let rows = rows("Ada Brook made clear that she expects the board to stop “nibbling at the edges of the problem.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aDescriptionEndingInARoleIsASpeaker() {
        let rows = rows("The former harbour master and state senator said it was “a mistake” to close the pier.")
        #expect(rows.first?.mention?.hasSuffix("senator") == true, "\(rows)")
    }

    @Test func accordingToADescribedName() {
        let rows = rows("According to veteran harbour pilot Tom Hale, the new rules reek of “fear.”")
        #expect(rows.first?.speaker == "Tom Hale", "\(rows)")
    }

    @Test func coordinatedVerbsTakeTheNearestSubject() {
        let rows = rows("Ida Prell spoke first, and after Tom Hale arrived, he laughed and said, “The ferry will run on time.”")
        #expect(rows.first?.mention == "he", "\(rows)")
    }

    @Test func aParticiplesSubjectMayFollowAPreposition() {
        let rows = rows("The video ends with footage of Ada Brook saying, “That makes me proud of this town.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aStrayMarkQuotesNothing() {
        let rows = rows("The ferry left at noon, and nobody waved.\"\n\n“We will miss it,” said Tom Hale.")
        #expect(rows.map(\.text) == ["“We will miss it,”"], "\(rows)")
    }

    @Test func anotherQuoteCarriesTheNameNotWho() {
        let rows = rows("“Prices are up a little,” said Tom Hale, who noted that fares had “doubled” in a year. “Things are moving.”")
        #expect(rows.last?.mention == "Tom Hale", "\(rows)")
    }

    @Test func pollSharesSpeak() {
        let rows = rows("Asked about the bridge, 21 percent said “not too likely” and 14 percent said “not at all likely.”")
        #expect(rows.map(\.mention) == ["percent", "percent"], "\(rows)")
    }

    @Test func theObjectBeforeAColonIsNotTheSpeaker() {
        let rows = rows("On Monday, Ada Brook made the following comment:\n\n“The harbour must stay open to every boat.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aCueInsideARelativeClauseIsNotTheSentences() {
        let rows = rows("Tom Hale refused to pay a builder who said he was owed money, saying, “Maybe he did not do a good job.”")
        #expect(rows.first?.speaker == "Tom Hale", "\(rows)")
    }

    @Test func aClauseClosedByACommaDoesNotReport() {
        let rows = rows("While Tom Hale acknowledged the cost, Ada Brook also noted several “hidden charges” in the plan.")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aDatelineIsNoSpeaker() {
        let rows = rows("Harbour ferry sails again.\n\nPORT ELLEN, Sept. 28 — The ferry, long mocked by islanders as “a floating ruin that sinks our hopes,” sailed on time.")
        #expect(rows.first?.mention != "PORT ELLEN", "\(rows)")
        let state = self.rows("Harbour ferry sails again.\n\nPORT ELLEN, Fla. -- The ferry, long mocked as “a floating ruin that sinks our hopes,” sailed on time.")
        #expect(state.first?.mention != "PORT ELLEN", "\(state)")
    }

    @Test func aClauseFragmentIsNoSpeaker() {
        let rows = rows("The mayor made a remark that plainly described the fares as “daylight robbery.”")
        #expect(rows.first?.mention != "that plainly", "\(rows)")
    }

    @Test func aQuantifierStandsForPeople() {
        let rows = rows("“The fares must come down this spring,” the two write.\n\n“Better watch the harbour board closely,” tweeted another.")
        #expect(rows.map(\.mention) == ["the two", "another"], "\(rows)")
    }

    @Test func aNameAfterADashThenAColon() {
        let rows = rows("FERRY FARES RISE AGAIN - Ada Brook: “The board has raised the fares three times in two years.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aPluralRoleIsASpeaker() {
        let rows = rows("“The harm caused by the fraud is incalculable,” federal prosecutors wrote.")
        #expect(rows.first?.mention == "prosecutors" || rows.first?.mention == "federal prosecutors", "\(rows)")
    }

    @Test func aNameDecodedTwiceStaysOneWord() {
        let rows = rows("President FranÃ§ois Dupont condemned the “attack on our harbour and our town.”")
        #expect(rows.first?.speaker == "FranÃ§ois Dupont", "\(rows)")
    }

    @Test func anAdverbMayFollowTheSubject() {
        let rows = rows("Ada Brook then addressed the crowd again: “Here is what I regret about the ferry.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func hereIsXAndAColon() {
        let rows = rows("Here’s Ada Brook in December 1992: “Our harbour must rest on an understanding of the new trade.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
        let report = self.rows("More from the report: “Today numerous ferry operators condition their fares on the season.”")
        #expect(report.first?.mention == "the report", "\(report)")
    }

    @Test func namesJoinedByAndAfterADash() {
        let rows = rows("FERRY POLLS NOT WRONG, JUST EARLY - Ann Lee and Jo Park: “Although the polls failed to call the vote, they saw the swing.”")
        #expect(rows.first?.mention == "Ann Lee and Jo Park", "\(rows)")
    }

    @Test func aRoleInsideACapitalisedName() {
        let rows = rows("In other words, explained BBC moderator Nancy Cole: “What does that have to do with the harbour?”")
        #expect(rows.first?.speaker == "Nancy Cole" || rows.first?.mention == "BBC moderator Nancy Cole", "\(rows)")
    }

    @Test func theSubjectOfTheSentenceBeforeMayCarryAnAppositive() {
        let rows = rows("Lenox grew fast. His partner at Lenox, Ada Brook, called him a master. “He showed again and again an ability to put together deals.”")
        #expect(rows.first?.speaker == "Ada Brook" || rows.first?.mention == "His partner at Lenox", "\(rows)")
    }

    @Test func aQuantifierAfterOfEndsALongerPhrase() {
        let rows = rows("Asked about the dads, the 34-year-old mother of three replied, “The plan is meant to help every family in town.”")
        #expect(rows.first?.mention == "the 34-year-old mother of three", "\(rows)")
    }

    @Test func aFrontedParticipleClauseTakesTheSubjectAfterTheQuote() {
        let rows = rows("After saying her foot was “so swollen I could barely walk,” she was rushed to the harbour clinic.")
        #expect(rows.first?.mention == "she", "\(rows)")
    }

    @Test func aDateWithAYearOpensTheSentence() {
        let rows = rows("On July 6, 2015, Ada Brook made the following comment:\n\n“For young people who left school early, the harbour offers nothing.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aThingNamedIsNotASpeaker() {
        let rows = rows("On Sunday, Ada Brook shared a syllabus for a 2002 sailing class called “Knots” on her page.")
        #expect(rows.first.map { $0.speaker == "Ada Brook" } ?? true, "\(rows)")
        #expect(rows.first?.mention?.contains("syllabus") != true, "\(rows)")
    }

    @Test func anObjectBeforeAParticipleIsNotItsSubject() {
        let rows = rows("Ada Brook started out the ninth debate saying “of course” the mayor was qualified to lead.")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aWordOrTwoClaimedOnlyByANeighbourIsAScareQuote() {
        let rows = rows("“We will open the pier in May,” Ada Brook said. Then came the “unplugged” set on the quay.")
        #expect(rows.map(\.text) == ["“We will open the pier in May,”"], "\(rows)")
        let longer = self.rows("“We will open the pier in May,” Ada Brook said. The board promised “a pier for everyone” in its plan.")
        #expect(longer.count == 2, "\(longer)")
    }

    @Test func anOpeningAdverbIsNoSubject() {
        let rows = rows("Perhaps harbour voters prefer the “slow and steady revolution of the tides” over the new plan.")
        #expect(rows.first?.mention != "Perhaps", "\(rows)")
    }

    @Test func aParticiplePhraseOpeningTheSentenceIsNoSubject() {
        let rows = rows("Reprising one of her favourite lines, Ada Brook talked about keeping the “progress we had under the old board.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
        let early = self.rows("Early in his campaign, Tom Hale attacked the board, calling it “a failed board.”")
        #expect(early.first?.speaker == "Tom Hale", "\(early)")
    }
}
