import SaywhoCore

extension AttributionRules {
    /// `RuleID.sameParagraph`: the latest attributed quote of the paragraph speaks on.
    func sameParagraph(_ p: Int, latest: [Int: LocalAttribution]) -> LocalAttribution? {
        latest[p].map { carried($0, by: .sameParagraph) }
    }
}
