import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// `Extractor.minimumConfidence`: an attribution less sure than the user's threshold is dropped,
/// and its quote stays, unattributed.
@Suite struct ConfidenceThresholdTests {
    static let text = """
        Harbourmaster Ilse Brandvold opened the new slipway on Monday. “The winter boats can come out at last,” she said.

        “It took nine years, but it is done.”
        """

    func rows(minimumConfidence: Double) -> [QuoteRow] {
        let article = Article(id: "t", path: "t.txt", text: Self.text)
        return Extractor(minimumConfidence: minimumConfidence).extract(article).rows(in: article)
    }

    @Test func everyAttributionIsKeptAtZero() {
        #expect(rows(minimumConfidence: 0).map(\.speaker) == ["Ilse Brandvold", "Ilse Brandvold"])
    }

    @Test func weakAttributionsAreDroppedAndTheirQuotesKept() {
        let article = Article(id: "t", path: "t.txt", text: Self.text)
        let all = Extractor().extract(article)
        let confidences = all.quotes.compactMap { $0.attribution?.confidence }
        #expect(confidences.count == 2)
        // Between the two confidences: the carried statement loses its speaker, the tagged quote keeps it.
        let threshold = (confidences[0] + confidences[1]) / 2
        #expect(confidences[0] > confidences[1])
        let kept = rows(minimumConfidence: threshold)
        #expect(kept.map(\.speaker) == ["Ilse Brandvold", nil])
        #expect(kept.count == 2)
        let none = Extractor(minimumConfidence: 1).extract(article)
        #expect(none.quotes.count == 2 && none.quotes.allSatisfy { $0.attribution == nil })
        #expect(none.speakers.isEmpty)
    }
}
