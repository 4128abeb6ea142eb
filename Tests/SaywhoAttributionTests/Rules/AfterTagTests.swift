import SaywhoAttribution
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
        let rows = rows("Some two hundred boats joined a “sail-past” in the bay, according to the organisers of the regatta.")
        #expect(rows.first?.mention == "the organisers of the regatta", "\(rows)")
        let memo = self.rows("The one rule is a “clean bill of health,” as a Treasury memo put it.")
        #expect(memo.first?.mention == "a Treasury memo", "\(memo)")
    }

    @Test func perNamesASource() {
        let rows = rows("Members may not sail “without a second hand on deck,” per the club's bylaws.")
        #expect(rows.first?.mention == "the club's bylaws", "\(rows)")
    }

    @Test func accordingToAfterTheQuoteOutranksAVerbInside() {
        let rows = rows("The harbour master was greeted with cries of “Resign!” at the dock, according to a clerk at the port office.")
        #expect(rows.first?.mention == "a clerk at the port office", "\(rows)")
    }

    @Test func aDescribedNameAndAnUnlistedVerbCloseTheQuote() {
        let rows = rows("“The tide waits for no council,” an angry Hale retorted.")
        #expect(rows.first?.speaker == "Hale", "\(rows)")
    }

    @Test func aTagAfterACommaMayGoOnWithAnAudience() {
        let rows = rows("“Keep your lights on at night,” Tom Hale sings to the harbour crowd.")
        #expect(rows.first?.speaker == "Tom Hale", "\(rows)")
    }

    @Test func aNestedQuoteClosingWithTheOuterOneKeepsItsTag() {
        let rows = rows("''Every captain tells me, 'The north route is too rough,''' Mayor Ida Prell said.")
        #expect(rows.first?.speaker == "Ida Prell", "\(rows)")
    }

    @Test func aCrowdAnswersWithAnUnlistedVerb() {
        let rows = rows("“Never!” the crowd roared back, stamping.")
        #expect(rows.first?.mention == "the crowd", "\(rows)")
    }

    @Test func aLongSentenceEndsWithItsTag() {
        let rows = rows("“Without the night ferry” and the buses that meet it at the quay, Ada Brook said at a town hall on Monday evening.")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func anInvertedTagClosesTheSentence() {
        let rows = rows("The new bridge “may never pay for itself” in the council's view, said Ann Lowe.")
        #expect(rows.first?.speaker == "Ann Lowe", "\(rows)")
    }

    @Test func aDescriptionThenANameInCommas() {
        let rows = rows("“The fine was fair,” the skipper, Tom Hale, told the local paper.")
        #expect(rows.first?.speaker == "Tom Hale", "\(rows)")
    }

    @Test func aSourceInTheNextSentenceIsNotThisQuotes() {
        let rows = rows("Ada Brook joined in on the radio, saying the council should print the plans “before the autumn vote.” Brook will visit the pier on Sunday, according to an aide.")
        #expect(rows.first?.speaker == "Ada Brook", "\(rows)")
    }

    @Test func aNewSentenceWhoseTagOpensAQuoteSpeaksOnlyThatOne() {
        let rows = rows("Tom Hale said the pier was “a relic of a richer century.” Ada Brook added: “The pier will stand for fifty more years.”")
        #expect(rows.map(\.speaker) == ["Tom Hale", "Ada Brook"], "\(rows)")
    }
}
