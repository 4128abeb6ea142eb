import SaywhoCore

extension AttributionRules {
    /// `RuleID.blockQuoteAfterColon`: "Ferreira wrote:" then a block quote: the speaker of the colon's sentence.
    func blockQuoteAfterColon(_ p: Int) -> LocalAttribution? {
        guard p > 0, let colon = frame.tokens[p - 1].indices.last, frame.isPunct(p - 1, colon, ":"),
            let intro = introduction(p - 1, endingAt: colon, for: .blockQuoteAfterColon)
        else { return nil }
        return carried(intro, by: .blockQuoteAfterColon)
    }
}
