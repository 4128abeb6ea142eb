import SaywhoCore

extension AttributionRules {
    /// `RuleID.afterSignature`: "“…” ― Jane Roe": a name after a dash that ends the paragraph or sentence signs the quote.
    func dashSignature(_ p: Int, quote t: Int) -> LocalAttribution? {
        guard frame.isPunct(p, t + 1, "\u{2015}\u{2014}\u{2013}-"), frame.isCapitalized(p, t + 2),
            let name = frame.subjectAfter(p, start: t + 2, upperBound: min(frame.tokens[p].count, t + 12))
        else { return nil }
        let e = name.upperBound
        // Only a signature: nothing but a full stop, a handle or a date may follow the name.
        guard e >= frame.tokens[p].count || frame.isPunct(p, e, ".,(") else { return nil }
        return found(
            .afterSignature, paragraph: p, mention: name, cue: nil,
            evidence: TextRange(frame.tokens[p][t].start, frame.range(p, t, e).end))
    }
}
