import SaywhoAttribution
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
        let quantified = self.rows("The contest soured, with one of his ads asking, “Who pays for the new bridge?”")
        #expect(quantified.first?.mention == "one of his ads", "\(quantified)")
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
        let rows = rows("Ada Brook made clear that she expects the board to stop “patching the roof while the walls fall.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aDescriptionEndingInARoleIsASpeaker() {
        let rows = rows("The former harbour master and state senator said it was “a grave error” to close the pier.")
        #expect(rows.first?.mention?.hasSuffix("senator") == true, "\(rows)")
    }

    @Test func accordingToADescribedName() {
        let rows = rows("According to veteran harbour pilot Tom Hale, the new rules smell of “panic.”")
        #expect(rows.first?.speaker == "Tom Hale", "\(rows)")
    }

    @Test func coordinatedVerbsTakeTheNearestSubject() {
        let rows = rows("Ida Prell spoke first, and after Tom Hale arrived, he laughed and said, “The ferry will run on time.”")
        #expect(rows.first?.mention == "he", "\(rows)")
    }

    @Test func aParticiplesSubjectMayFollowAPreposition() {
        let rows = rows("The film closes on footage of Ada Brook saying, “Every boat in this bay knows my name.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aStrayMarkQuotesNothing() {
        let rows = rows("The ferry left at noon, and nobody waved.\"\n\n“We will miss it,” said Tom Hale.")
        #expect(rows.map(\.text) == ["“We will miss it,”"], "\(rows)")
    }

    @Test func anotherQuoteCarriesTheNameNotWho() {
        let rows = rows("“Ticket sales rose again in June,” said Tom Hale, who noted that fuel costs had “eased” since spring. “The ferry pays its way now.”")
        #expect(rows.last?.mention == "Tom Hale", "\(rows)")
    }

    @Test func pollSharesSpeak() {
        let rows = rows("Asked about the bridge, 31 percent said “worth every penny” and 12 percent said “a waste of money.”")
        #expect(rows.map(\.mention) == ["percent", "percent"], "\(rows)")
    }

    @Test func theObjectBeforeAColonIsNotTheSpeaker() {
        let rows = rows("On Monday, Ada Brook sent the following lines:\n\n“The harbour must stay open to every boat.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aCueInsideARelativeClauseIsNotTheSentences() {
        let rows = rows("Tom Hale refused to pay a builder who said he was owed money, saying, “The roof leaked from the first week.”")
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
        let rows = rows("“The damage to the harbour fund cannot be measured,” federal prosecutors wrote.")
        #expect(rows.first?.mention == "prosecutors" || rows.first?.mention == "federal prosecutors", "\(rows)")
    }

    @Test func aNameDecodedTwiceStaysOneWord() {
        let rows = rows("Harbour master FranÃ§ois Dupont called the storm “the worst in forty winters.”")
        #expect(rows.first?.speaker == "FranÃ§ois Dupont", "\(rows)")
    }

    @Test func anAdverbMayFollowTheSubject() {
        let rows = rows("Ada Brook then turned to the quay again: “Nobody here will be left behind.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func hereIsXAndAColon() {
        let rows = rows("Here’s Ada Brook in a 1998 speech: “A town without a ferry is an island twice over.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
        let report = self.rows("More from the report: “Fares on the north route doubled within a decade.”")
        #expect(report.first?.mention == "the report", "\(report)")
    }

    @Test func namesJoinedByAndAfterADash() {
        let rows = rows("HARBOUR VOTE TOO CLOSE TO CALL - Ann Lee and Jo Park: “Both camps counted on the late ferry vote.”")
        #expect(rows.first?.mention == "Ann Lee and Jo Park", "\(rows)")
    }

    @Test func aRoleInsideACapitalisedName() {
        let rows = rows("As the hour ran out, asked BBC moderator Nancy Cole: “Who will pay for the new pier?”")
        #expect(rows.first?.speaker == "Nancy Cole" || rows.first?.mention == "BBC moderator Nancy Cole", "\(rows)")
    }

    @Test func theSubjectOfTheSentenceBeforeMayCarryAnAppositive() {
        let rows = rows("The yard grew fast. His partner at Skerry Yard, Ada Brook, called him a born builder. “He could fix any hull we brought him, in any weather.”")
        #expect(rows.first?.speaker == "Ada Brook" || rows.first?.mention == "His partner at Skerry Yard", "\(rows)")
    }

    @Test func aQuantifierAfterOfEndsALongerPhrase() {
        let rows = rows("Asked about the ferry, the 41-year-old father of two replied, “We cross twice a day and it has never been late.”")
        #expect(rows.first?.mention == "the 41-year-old father of two", "\(rows)")
    }

    @Test func aFrontedParticipleClauseTakesTheSubjectAfterTheQuote() {
        let rows = rows("After saying her boat was “too old to cross in a gale,” she was towed back to the harbour.")
        #expect(rows.first?.mention == "she", "\(rows)")
    }

    @Test func aDateWithAYearOpensTheSentence() {
        let rows = rows("On March 3, 2019, Ada Brook gave this answer:\n\n“For young people who left school early, the harbour offers nothing.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aThingNamedIsNotASpeaker() {
        let rows = rows("On Sunday, Ada Brook posted a chart of the 1987 storm called “Black Tuesday” on her site.")
        #expect(rows.first.map { $0.speaker == "Ada Brook" } ?? true, "\(rows)")
        #expect(rows.first?.mention?.contains("chart") != true, "\(rows)")
    }

    @Test func anObjectBeforeAParticipleIsNotItsSubject() {
        let rows = rows("Ada Brook opened the harbour meeting saying “without doubt” the pier would be rebuilt.")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aWordOrTwoClaimedOnlyByANeighbourIsAScareQuote() {
        let rows = rows("“We will open the pier in May,” Ada Brook said. Then came the “quiet” set on the quay.")
        #expect(rows.map(\.text) == ["“We will open the pier in May,”"], "\(rows)")
        let longer = self.rows("“We will open the pier in May,” Ada Brook said. The board promised “a pier for everyone” in its plan.")
        #expect(longer.count == 2, "\(longer)")
    }

    @Test func anOpeningAdverbIsNoSubject() {
        let rows = rows("Perhaps the islanders remember the “long winter of the broken pier” better than anyone.")
        #expect(rows.first?.mention != "Perhaps", "\(rows)")
    }

    @Test func aParticiplePhraseOpeningTheSentenceIsNoSubject() {
        let rows = rows("Repeating a line from her first campaign, Ada Brook spoke of a “harbour that works for the smallest boat.”")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
        let early = self.rows("Early in the winter, Tom Hale criticised the board, calling it “asleep at the tiller.”")
        #expect(early.first?.speaker == "Tom Hale", "\(early)")
    }
}
