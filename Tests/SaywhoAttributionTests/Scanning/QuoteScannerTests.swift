import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

/// Quotation marks of every style the engine reads, on sentences written for the project.
@Suite struct QuoteScannerTests {
    func texts(_ text: String) -> [String] {
        let (article, extraction) = extractText(text)
        return extraction.rows(in: article).map(\.text)
    }

    @Test func curlyStraightAndDoubledApostrophes() {
        #expect(texts("“We will open the park in June,” Ana Ruiz said.") == ["“We will open the park in June,”"])
        #expect(texts("\"We will open the park in June,\" Ana Ruiz said.") == ["\"We will open the park in June,\""])
        #expect(texts("''We will open the park in June,'' Ana Ruiz said.") == ["''We will open the park in June,''"])
    }

    @Test func guillemetsLowHighAndCorners() {
        #expect(texts("«Nous allons ouvrir le parc en juin», a dit Ana Ruiz.").count == 1)
        #expect(texts("„Wir öffnen den Park im Juni“, sagte Ana Ruiz.").count == 1)
        #expect(texts("「公園は六月に開きます」と彼女は言った。") == ["「公園は六月に開きます」"])
    }

    /// German presses print »…« too: » opens at a word's start, « closes; French « … » keep » as their closer.
    @Test func reversedGuillemets() {
        #expect(texts("»Wir öffnen den Park im Juni«, sagte Ana Ruiz.") == ["»Wir öffnen den Park im Juni«"])
        #expect(
            texts("Ana Ruiz sagte: »Der Park öffnet im Juni, das Bad im Juli.«") == [
                "»Der Park öffnet im Juni, das Bad im Juli.«"
            ])
        #expect(texts("« Nous allons ouvrir le parc en juin », a dit Ana Ruiz.") == ["« Nous allons ouvrir le parc en juin »"])
        #expect(texts("Der Wert stieg von 3 » 4 an, sagte sie.").isEmpty)
    }

    @Test func singleQuotesNestInsideDoubleOnes() {
        let found = texts("“They told us ‘wait and see’ for a year,” Ana Ruiz said.")
        #expect(found == ["“They told us ‘wait and see’ for a year,”"])
    }

    @Test func apostrophesAreNotQuotes() {
        #expect(texts("Rock ’n’ roll was big in the ’90s, and Ana Ruiz‘s band didn’t mind.").isEmpty)
    }

    @Test func statementRunningOnIsOneQuoteWithASegmentPerParagraph() {
        let (article, extraction) = extractText("Ana Ruiz said: “The park opens in June.\n“The pool opens in July,” she added.")
        #expect(extraction.quotes.count == 1)
        #expect(extraction.quotes.first?.segments.count == 2)
        #expect(extraction.speaker(for: extraction.quotes[0])?.name == "Ana Ruiz")
        _ = article
    }

    @Test func unclosedQuoteStopsAtTheParagraphEnd() {
        let text =
            "“This mark is never closed and the writer moved on.\nThe next paragraph has no quotes at all, and it is long enough."
        let (_, extraction) = extractText(text)
        #expect(extraction.quotes.allSatisfy { $0.span.end <= 52 })
    }

    @Test func markdownBlockQuote() {
        let (_, extraction) = extractText("The letter ended:\n> We thank every volunteer.\n> See you next year.")
        #expect(extraction.quotes.first?.kind == .block)
        #expect(extraction.quotes.first?.segments.count == 2)
    }

    @Test func scareQuotedWordIsNotAStatement() {
        #expect(texts("The so-called “reform” changed nothing for tenants.").isEmpty)
    }
}
