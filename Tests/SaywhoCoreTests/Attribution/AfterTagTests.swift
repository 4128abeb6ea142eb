import SaywhoCore
import SaywhoTestSupport
import Testing

/// Speech tags and sources after a quote, on sentences written for the project.
@Suite struct AfterTagTests {
    func rows(_ text: String) -> [QuoteRow] { quoteRows(text) }

    @Test func aQuoteClosedByACommaBelongsToTheTagAfterIt() {
        let rows = rows("Mayor Ida Prell said Tom Hale “would lose the vote by a mile,” the aide recalled.")
        #expect(rows.first?.mention == "the aide", "\(rows)")
    }

    @Test func theTagAfterMustBeAShortTag() {
        // "said the fares …" goes on with a clause of its own: the speaker before keeps the quote.
        let rows = rows("Ada Brook claimed that the ferry “ran late every day,” one of the drivers said the fares were fine.")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aParticipleAfterTheQuoteIsNoInvertedTag() {
        let rows = rows("Ada Brook said the fares were “far too high for families,” adding that the board would meet.")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aSourceNamedAfterTheQuote() {
        let rows = rows("More than a thousand people joined a “walk-in” at the town's schools, according to the organisers of the event.")
        #expect(rows.first?.mention == "the organisers of the event", "\(rows)")
        let memo = self.rows("The only test is a “lawful source of income,” as a Treasury memo put it.")
        #expect(memo.first?.mention == "a Treasury memo", "\(memo)")
    }

    @Test func perNamesASource() {
        let rows = rows("Proxies may not vote “to fill a vacancy on the board,” per the club's bylaws.")
        #expect(rows.first?.mention == "the club's bylaws", "\(rows)")
    }

    @Test func accordingToAfterTheQuoteOutranksAVerbInside() {
        let rows = rows("The harbour master was greeted with chants of “Out!” at the dock, according to a clerk at the port office.")
        #expect(rows.first?.mention == "a clerk at the port office", "\(rows)")
    }

    @Test func aDescribedNameAndAnUnlistedVerbCloseTheQuote() {
        let rows = rows("“The town will always be the town,” an angry Hale retorted.")
        #expect(rows.first?.speaker == "Hale", "\(rows)")
    }

    @Test func aTagAfterACommaMayGoOnWithAnAudience() {
        let rows = rows("“Keep your lights on at night,” Tom Hale sings to the harbour crowd.")
        #expect(rows.first?.speaker == "Tom Hale", "\(rows)")
    }

    @Test func aNestedQuoteClosingWithTheOuterOneKeepsItsTag() {
        let rows = rows("''We are told all the time, 'The ferry is a special case,''' Mayor Ida Prell said.")
        #expect(rows.first?.speaker == "Ida Prell", "\(rows)")
    }

    @Test func aCrowdAnswersWithAnUnlistedVerb() {
        let rows = rows("“Nooooo!” the crowd cried out, booing.")
        #expect(rows.first?.mention == "the crowd", "\(rows)")
    }

    @Test func aLongSentenceEndsWithItsTag() {
        let rows = rows("“If there had not been that bridge” across the bay and the river, Ada Brook said at a town hall on Monday evening.")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func anInvertedTagClosesTheSentence() {
        let rows = rows("The new bridge “will be a challenge” for the council, said Ann Kunin.")
        #expect(rows.first?.speaker == "Ann Kunin", "\(rows)")
    }

    @Test func aDescriptionThenANameInCommas() {
        let rows = rows("“He deserved it,” the assailant, Tom Hale, told the local paper.")
        #expect(rows.first?.speaker == "Tom Hale", "\(rows)")
    }

    @Test func aSourceInTheNextSentenceIsNotThisQuotes() {
        let rows = rows("Ada Brook chimed in on the radio, saying the council should publish the plans “without delay.” Brook will visit the pier on Sunday, according to an aide.")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aNewSentenceWhoseTagOpensAQuoteSpeaksOnlyThatOne() {
        let rows = rows("Tom Hale said the pier was “a relic of fear and economic gloom.” Ada Brook added: “The pier will stand for fifty more years.”")
        #expect(rows.map(\.speaker) == ["Tom Hale", "Ada Brook"], "\(rows)")
    }
}
