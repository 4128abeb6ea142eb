import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// One sentence and what the rules must find in it: the speaker, the mention as written,
/// the channel and the rule that fired. Each rule's tests are a table of these.
struct RuleCase: Sendable, CustomTestStringConvertible {
    var text: String
    /// Which quote of the text is checked: 0 for the first, -1 for the last.
    var quote: Int
    var speaker: String?
    var mention: String?
    var channel: String?
    /// The rule that fired, or nil when no rule attributes the quote.
    var rule: RuleID?
    /// The confidence the rule gives, when the case checks it.
    var confidence: Double?

    init(
        _ text: String, quote: Int = 0, speaker: String?, mention: String?, channel: String? = nil, rule: RuleID?,
        confidence: Double? = nil
    ) {
        self.text = text
        self.quote = quote
        self.speaker = speaker
        self.mention = mention
        self.channel = channel
        self.rule = rule
        self.confidence = confidence
    }

    var testDescription: String { text }

    func check(sourceLocation: SourceLocation = #_sourceLocation) {
        let (article, extraction) = extractText(text)
        let index = quote < 0 ? extraction.quotes.count + quote : quote
        guard extraction.quotes.indices.contains(index) else {
            Issue.record("no quote \(quote) among \(extraction.quotes.count)", sourceLocation: sourceLocation)
            return
        }
        let found = extraction.quotes[index]
        let scalars = Array(article.text.unicodeScalars)
        let attribution = found.attribution
        #expect(attribution.flatMap { RuleID(why: $0.rule) } == rule, "rule", sourceLocation: sourceLocation)
        #expect(extraction.speaker(for: found)?.name == speaker, "speaker", sourceLocation: sourceLocation)
        #expect(attribution?.mention == mention, "mention", sourceLocation: sourceLocation)
        #expect(
            attribution.map { ScalarText.string(scalars, $0.mentionRange.start, $0.mentionRange.end) } == mention,
            "mention range", sourceLocation: sourceLocation)
        #expect(attribution?.channel == channel, "channel", sourceLocation: sourceLocation)
        if let confidence { #expect(attribution?.confidence == confidence, "confidence", sourceLocation: sourceLocation) }
    }
}

/// A text and every quote found in it, in order: for tests of what is a quote at all, how many
/// a text holds, or a quote being dropped. An empty list says the text quotes nobody.
struct FoundQuotes: Sendable, CustomTestStringConvertible {
    var text: String
    var quotes: [String]

    init(_ text: String, quotes: [String]) {
        self.text = text
        self.quotes = quotes
    }

    var testDescription: String { text }

    func check(sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = quoteRows(text)
        #expect(rows.map(\.text) == quotes, "\(rows)", sourceLocation: sourceLocation)
    }
}

/// The rules of one text, for tests that ask a rule directly.
func attributionRules(for text: String) -> AttributionRules {
    let scalars = Array(text.unicodeScalars)
    let paragraphs = Article.paragraphRanges(of: scalars)
    let candidates = QuoteScanner(scalars: scalars, paragraphs: paragraphs).scan()
    return AttributionRules(frame: Frame(scalars: scalars, paragraphs: paragraphs, candidates: candidates))
}
