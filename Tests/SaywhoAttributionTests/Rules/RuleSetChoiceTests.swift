import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// The extractor reads each article with the rules of its language.
@Suite struct RuleSetChoiceTests {
    @Test func eachLanguageHasItsRuleSet() {
        #expect(RuleSet.for(.german).language == .german)
        #expect(RuleSet.for(.french).language == .french)
        #expect(RuleSet.for(.english).language == .english)
        #expect(RuleSet.for(.spanish).language == .spanish)
        #expect(RuleSet.for(.japanese).language == .japanese)
        // A language without rules of its own reads as English.
        #expect(RuleSet.for(Language(rawValue: "it")).language == .english)
    }

    @Test func everyRuleASetAsksHasAConfidenceBetweenZeroAndOne() {
        for set in [RuleSet.english, .german, .french, .spanish, .japanese] {
            for rule in RuleID.allCases where rule.language == nil || rule.language == set.language {
                #expect(set.asks(rule), "\(rule) in \(set.language)")
                #expect(set.confidence(rule) > 0 && set.confidence(rule) <= 1, "\(rule) in \(set.language)")
            }
        }
        #expect(!RuleSet.english.asks(.germanTagAfter))
    }

    /// An English article that quotes a German minister keeps English rules for its narration.
    @Test func mixedArticleKeepsEnglishRules() {
        let text = """
            The minister was blunt when she met reporters at the harbour on Tuesday morning.
            “We will not sign this agreement,” said Eva Brandtner, the German environment minister.
            Later she repeated it in German for the cameras: „Wir unterschreiben das nicht.“
            """
        let (article, extraction) = extractText(text)
        #expect(article.language == .english)
        #expect(extraction.quotes.first?.attribution?.rule == RuleID.afterCueThenSpeaker.why)
        #expect(extraction.speaker(for: extraction.quotes[0])?.name == "Eva Brandtner")
    }

    /// Metadata that names the language outranks detection.
    @Test func metadataLanguageChoosesTheRules() {
        let text = "„Wir bleiben“, sagte Brandtner."
        let german = Extractor().extract(Article(id: "a", path: "a.txt", language: .german, text: text))
        #expect(german.quotes.first?.attribution?.rule == RuleID.germanTagAfter.why)
        let english = Extractor().extract(Article(id: "a", path: "a.txt", language: .english, text: text))
        #expect(english.quotes.first?.attribution?.rule != RuleID.germanTagAfter.why)
    }
}

/// German and French resolution stays linear however many names and tags an article holds.
@Suite struct ListedResolverScalingTests {
    @Test(arguments: [
        "Frau Olsen und Herr Brückner kamen. „Wir sind uns einig“, sagte sie. „Noch nicht ganz“, so Brückner. ",
        "Mme Aubry et M. Girard sont venus. « Nous sommes d'accord », a-t-elle dit. « Pas tout à fait », affirme Girard. ",
    ])
    func manyNamesAndTagsInOneParagraph(_ unit: String) {
        let text = String(repeating: unit, count: 5_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let (_, extraction) = extractText(text)
            #expect(extraction.quotes.count == 10_000)
            #expect(extraction.speakers.count == 2, "\(extraction.speakers.map(\.name))")
        }
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
