import SaywhoCore

extension AttributionRules {
    /// `RuleID.statementGoesOn`: the previous paragraph holds an attributed quote, and its
    /// statement goes on in this one.
    func statementGoesOn(_ p: Int, latest: [Int: LocalAttribution]) -> LocalAttribution? {
        latest[p - 1].map { carried($0, by: .statementGoesOn) }
    }
}
