import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

/// British style: ‘…’ as the main quotation marks, told apart from apostrophes (`QuoteScanner`).
@Suite struct BritishQuoteTests {
    func rows(_ text: String) -> [QuoteRow] { quoteRows(text) }

    @Test func singleMarksQuoteWhenTheyAreTheArticlesMainMarks() {
        let text = """
            ‘We’ve kept the lamps lit since 1962, and we don’t mean to stop,’ said Morwenna Trask.

            ‘Tell that to the council,’ her neighbour Idris Penrose said.
            """
        let found = rows(text)
        #expect(
            found.map(\.text) == [
                "‘We’ve kept the lamps lit since 1962, and we don’t mean to stop,’", "‘Tell that to the council,’",
            ])
        #expect(found.map(\.speaker) == ["Morwenna Trask", "Idris Penrose"])
    }

    @Test func apostrophesInsideWordsAndPluralPossessivesGoOn() {
        let text = """
            ‘The fishermen’s nets and the growers’ fields both flooded,’ said Bryn Talley.

            ‘Nobody’s listening to rock ’n’ roll at the quay any more,’ he said.
            """
        #expect(
            rows(text).map(\.text) == [
                "‘The fishermen’s nets and the growers’ fields both flooded,’",
                "‘Nobody’s listening to rock ’n’ roll at the quay any more,’",
            ])
    }

    @Test func anArticleInDoubleMarksKeepsSingleOnesAsApostrophesAndNestedQuotes() {
        let text = """
            “They told us ‘wait and see’ for a year,” Ana Ruiz said.

            The ‘new’ pier opened in the ’90s, and Ruiz’s boat was the first to tie up there.
            """
        #expect(rows(text).map(\.text) == ["“They told us ‘wait and see’ for a year,”"])
    }

    @Test func aPartialQuoteInSingleMarksBelongsToTheSentencesSubject() {
        let text = """
            ‘We can’t wait for ever,’ said Bryn Talley of the harbour board.

            A ministry spokesman said officials were ‘watching the harbour closely’ and would report in May.
            """
        let found = rows(text)
        #expect(found.map(\.text) == ["‘We can’t wait for ever,’", "‘watching the harbour closely’"])
        #expect(found.last?.speaker == "A ministry spokesman")
    }
}
