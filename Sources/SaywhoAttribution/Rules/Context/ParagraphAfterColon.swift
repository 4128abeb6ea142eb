import SaywhoCore

extension AttributionRules {
    /// `RuleID.paragraphAfterColon`: "Prell said Monday:" then the quote as its own paragraph.
    func paragraphAfterColon(_ p: Int) -> LocalAttribution? {
        let colon = frame.tokens[p - 1].count - 1
        guard frame.isPunct(p - 1, colon, ":"), let intro = introduction(p - 1, endingAt: colon, for: .paragraphAfterColon) else {
            return nil
        }
        return carried(intro, by: .paragraphAfterColon)
    }
}
