import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

/// Quotes inside reported speech and relative clauses, on sentences written for the project.
@Suite struct ReportedSpeechTests {
    func rows(_ text: String) -> [QuoteRow] { quoteRows(text) }

    @Test func relativePronounIsTheMentionAndTheNameTheSpeaker() {
        let rows = rows("The crowd cheered for Senator Ann Lowe, who called the plan “a disgrace to the town.”")
        #expect(rows.first?.mention == "who")
        #expect(rows.first?.speaker == "Ann Lowe")
    }

    @Test func outerReporterOwnsTheWordsOfTheComplement() {
        let rows = rows("Mayor Ida Prell said on Friday that the council once described the tunnel as “the best idea in decades.”")
        #expect(rows.first?.speaker == "Ida Prell")
    }

    @Test func whatHeCalledBelongsToTheClauseSubject() {
        let rows = rows("Councillor Ben Ode condemned what he called a “shameful waste of money.”")
        #expect(rows.first?.mention == "Councillor Ben Ode" || rows.first?.speaker == "Ben Ode", "\(rows)")
        #expect(rows.first?.mention != "he")
    }

    @Test func aNewClauseKeepsItsOwnSpeaker() {
        let rows = rows("Critics said the fares were too high, but the operator insisted they were “fair for everyone.”")
        #expect(rows.first?.mention == "the operator")
    }

    @Test func pluralNounIsNoCueVerb() {
        // "tweets" after an adjective is a noun: the speaker is Lena Holt, not "the mayor's flurry of late-night".
        let rows = rows("Lena Holt says the mayor’s flurry of late-night tweets was “a sign of panic.”")
        #expect(rows.first?.speaker == "Lena Holt")
    }

    @Test func descriptionWithNumbersBeforeAnInvertedName() {
        let rows = rows("“The ferry must run in winter,” said 24/7 nurse Lia Moss.")
        #expect(rows.first?.speaker == "Lia Moss")
    }

    @Test func descriptionWithAPrepositionalPhraseAfterTheQuote() {
        let rows = rows("“Why did the council not act?” a narrator in the campaign video asks.")
        #expect(rows.first?.mention == "a narrator in the campaign video")
    }

    @Test func participleAfterALongOpeningPhraseTakesTheSubject() {
        let rows = rows("During a long speech on the harbour front late in the day, Ada Brook attacked the board, saying, “It has failed every family here.”")
        #expect(rows.first?.speaker == "Ada Brook")
        let it = self.rows("Meanwhile, it attacked the board, saying the plan “has failed every family in the town.”")
        #expect(it.first?.mention == "it")
    }

    @Test func nameAndAnUnlistedVerbCloseTheQuote() {
        let rows = rows("“Will the fares go up again next year, then?” Ada Brook pressed.\n\n“Not if we can help it at all,” Tom Hale shot back.")
        #expect(rows.map(\.speaker) == ["Ada Brook", "Tom Hale"], "\(rows)")
    }

    @Test func aQuotedPhraseBeforeAVerbIsItsSubjectNotATag() {
        let rows = rows("Attorney Lea Holm said in the letter that the advert “plainly and wrongly” suggests that the town backs the campaign.")
        #expect(rows.first?.speaker == "Lea Holm", "\(rows)")
    }

    @Test func phraseBeforeAColonIsWhatWasSaidNotWhoSaidIt() {
        let rows = rows("Mayor Ida Prell greeted the crews with a simple message: “Thank you for every crossing this winter.”")
        #expect(rows.first?.speaker == "Ida Prell", "\(rows)")
        let named = self.rows("Prell: “We will not close the ferry office this year.”")
        #expect(named.first?.speaker == "Prell", "\(named)")
    }

    @Test func coordinatedVerbsShareTheirSubject() {
        let rows = rows("Mayor Ruth Imre compared the plan to a lottery and urged voters not to “gamble the harbour away.”")
        #expect(rows.first?.speaker == "Ruth Imre", "\(rows)")
    }

    @Test func partyAndStateAppositive() {
        let rows = rows("Rushing into the chamber, Senator Ann Lowe, Republican of Calder, called over her shoulder, “The bill is dead.”")
        #expect(rows.first?.speaker == "Ann Lowe", "\(rows)")
    }

    @Test func longOpeningPhraseBeforeTheSubject() {
        let rows = rows("On the eve of his third election as mayor of the harbour town in March, Tom Hale rallied crews by warning that “the ferry is at risk.”")
        #expect(rows.first?.speaker == "Tom Hale", "\(rows)")
    }

    @Test func theOwnerOfAClaimSaidIt() {
        let rows = rows("The fact-checkers looked into Hale’s claim that the ferry had been “late on ninety days this year.”")
        #expect(rows.first?.mention == "Hale’s", "\(rows)")
        let pronoun = self.rows("Tom Hale spoke first. Few voters believed his promise that fares would “never rise again in this town.”")
        #expect(pronoun.first?.speaker == "Tom Hale", "\(pronoun)")
    }
}
