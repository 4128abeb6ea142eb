import SaywhoCore

extension AttributionRules {
    /// `RuleID.introducedEarlier`: an introduction in one of the two paragraphs before, with no
    /// quote between, names who gave a statement and where: "she took to Instagram on Wednesday".
    func introducedEarlier(_ p: Int) -> LocalAttribution? {
        for back in 1...2 where p - back >= 0 {
            let para = p - back
            if frame.tokens[para].contains(where: { $0.kind == .quote }) { break }
            if let intro = channelIntroduction(para, for: .introducedEarlier) { return carried(intro, by: .introducedEarlier) }
        }
        return nil
    }
}
