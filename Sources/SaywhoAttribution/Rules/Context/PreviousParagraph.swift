import SaywhoCore

extension AttributionRules {
    /// A quote that opens a paragraph: a colon introduction, a statement going on, or an
    /// introduction with a channel, in that order.
    func fromPreviousParagraph(_ p: Int, latest: [Int: LocalAttribution]) -> LocalAttribution? {
        guard p > 0, !frame.tokens[p - 1].isEmpty else { return nil }
        return paragraphAfterColon(p) ?? statementGoesOn(p, latest: latest) ?? introducedEarlier(p)
    }
}
