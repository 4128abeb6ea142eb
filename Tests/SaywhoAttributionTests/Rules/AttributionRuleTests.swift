import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

/// One test per attribution rule, each on a sentence written for the project.
@Suite struct AttributionRuleTests {
    /// The (speaker, mention) of every quote of `text`.
    func speakers(_ text: String) -> [QuoteRow] {
        let (article, extraction) = extractText(text)
        return extraction.rows(in: article)
    }

    @Test func cueThenSpeakerAfterTheQuote() {
        let rows = speakers("“The bridge will open in May,” said Jane Roe, the county engineer.")
        #expect(rows.first?.speaker == "Jane Roe")
    }

    @Test func speakerThenCueAfterTheQuote() {
        let rows = speakers("“We are not done yet,” Tom Hale said on Tuesday.")
        #expect(rows.first?.speaker == "Tom Hale")
    }

    @Test func descriptionBeforeTheNameAfterTheQuote() {
        let rows = speakers("“The numbers speak for themselves,” county budget director Ada Quill told reporters.")
        #expect(rows.first?.speaker == "Ada Quill")
        #expect(rows.first?.mention?.hasSuffix("Ada Quill") == true)
    }

    @Test func unnamedDescriptionAfterTheQuote() {
        let rows = speakers("“Nobody expected the vote to be this close,” one senior Democrat said.")
        #expect(rows.first?.mention == "Democrat")
    }

    @Test func nameAsAppositiveOfADescription() {
        let rows = speakers("The mayor’s campaign manager, Lena Ortiz, stated: “The library stays open on Sundays.”")
        #expect(rows.first?.speaker == "Lena Ortiz")
    }

    @Test func speechTagAtTheEndOfTheSentence() {
        let rows = speakers("The crowd was “calm and cheerful” before the storm, she said.")
        #expect(rows.first?.mention == "she")
    }

    @Test func capitalisedCueWordIsAName() {
        // "States" is not the verb "states": the speaker is the senator, not "the United".
        let rows = speakers("Senator Mark Bell said the United States “must keep its promises to farmers.”")
        #expect(rows.first?.speaker == "Mark Bell")
    }

    @Test func earlierCueWhenTheNearestHasNoSubject() {
        let rows = speakers("Pia Lund said the council was right to urge residents “to save water this summer.”")
        #expect(rows.first?.speaker == "Pia Lund")
    }

    @Test func participleAfterACommaTakesTheSentenceSubject() {
        let rows = speakers("In March, the governor vetoed the bill, calling it “a gift to nobody.”")
        #expect(rows.first?.mention == "the governor")
    }

    @Test func documentIsAChannelNotASpeaker() {
        let rows = speakers("Harbor Trust director Eli Marsh issued a statement saying the plan “puts the coast first.”")
        #expect(rows.first?.speaker == "Eli Marsh")
        #expect(rows.first?.channel == "a statement")
    }

    @Test func invertedCueOnlyRightBeforeTheQuote() {
        #expect(speakers("Asked about the delay, said Ron Tate: “We waited for the parts.”").first?.speaker == "Ron Tate")
        // "say the words" is no inversion: the words do not speak.
        let rows = speakers("Nia Cole said that by refusing to say the words “fair wages,” the board had failed its staff.")
        #expect(rows.first?.speaker == "Nia Cole")
    }

    @Test func sentenceSubjectOwnsAMixedQuote() {
        let rows = speakers("Later that week, Governor Ruth Imre dubbed the new budget a “slow-motion disaster” for schools.")
        #expect(rows.first?.speaker == "Ruth Imre")
    }

    @Test func functionWordsAreNeverSpeakers() {
        let rows = speakers("There is also a weekly series, called “Ask the Mayor Anything Today,” that airs on radio.")
        #expect(rows.allSatisfy { $0.speaker != "There" })
    }

    @Test func titleCaseShowNamesAreNotStatements() {
        let rows = speakers("The host repeated the claim on Monday on the station’s “Morning Coffee Hour” program.")
        #expect(rows.isEmpty, "\(rows)")
    }

    @Test func markupAttributeValuesAreNotStatements() {
        let rows = speakers("<post author=\"someone who writes long lines of text here\">Hello.</post>")
        #expect(rows.isEmpty, "\(rows)")
    }

    @Test func sameParagraphCarriesTheSpeakerForward() {
        let rows = speakers("“We will rebuild,” Mayor Dan Frey said. “Every house on this street.”")
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.speaker == "Dan Frey" })
    }
}
