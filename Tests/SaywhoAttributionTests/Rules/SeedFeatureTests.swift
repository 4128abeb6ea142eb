import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

/// What the product's seed corpus shows: organisations, Japanese tags, Markdown block quotes.
/// Every text is written for the project.
@Suite struct SeedFeatureTests {
    func extraction(_ text: String) -> (rows: [QuoteRow], speakers: [Speaker]) {
        let (article, extraction) = extractText(text)
        return (extraction.rows(in: article), extraction.speakers)
    }

    @Test func namesEndingInACompanyWordAreOrganisations() {
        for name in ["Northsea Ferries", "Calder Harbour Trust", "Quayside Group", "Tate Marine Ltd"] {
            let found = extraction("“We regret the delay to every passenger,” \(name) said in a statement.")
            #expect(found.speakers.first?.kind == .organisation, "\(name): \(found.speakers)")
        }
    }

    @Test func japaneseQuoteTakesTheSpeakerBeforeTheParticle() {
        let found = extraction("市議会の森田一郎議員は「予算の説明が足りない」と述べた。")
        #expect(found.rows.first?.speaker == "森田一郎", "\(found.rows)")
        let withAge = extraction("店主の石田健さん（60）は「客足が心配だ」と話した。")
        #expect(withAge.rows.first?.speaker == "石田健", "\(withAge.rows)")
    }

    @Test func blockQuoteAfterAColonBelongsToTheIntroducedSpeaker() {
        let found = extraction(
            """
            In a letter to members, Ferreira wrote:

            > The pool stays open all winter. We found the money by sharing staff with the museum.

            The county did not comment.
            """)
        #expect(found.rows.first?.speaker == "Ferreira", "\(found.rows)")
    }
}

/// Tags that resolve to nobody, many to a paragraph: each stays without a speaker.
///
/// That the time stays linear in their number is measured in release by `Scripts/bench.sh`
/// (`saywho-bench`), not here: a timed test in a debug build measures the machine's load.
@Suite struct PronounScalingTests {
    @Test func manyUnresolvablePronounsInOneParagraph() {
        let text = String(repeating: "“We agree with every word of it,” she said. ", count: 1_500)
        let (_, extraction) = extractText(text)
        #expect(extraction.quotes.count == 1_500)
        #expect(extraction.speakers.allSatisfy { $0.name != "She" })
    }
}
