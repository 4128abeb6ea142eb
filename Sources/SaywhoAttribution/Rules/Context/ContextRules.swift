import SaywhoCore

/// Context rules: attributions carried to quotes that have none of their own, in `RuleSet.context`'s order.
extension AttributionRules {
    func applyContext(_ result: inout [LocalAttribution?]) {
        let order = frame.candidates.indices.sorted {
            frame.candidates[$0].segments[0].start < frame.candidates[$1].segments[0].start
        }
        // The latest attributed quote touching each paragraph, kept as the quotes go by in text
        // order, so a paragraph of thousands of quotes costs no more than thousands of lookups.
        var latest = [Int: LocalAttribution](minimumCapacity: frame.paragraphs.count)
        for q in order {
            if result[q] == nil {
                for step in ruleSet.context {
                    if let found = context(step, q, latest: latest) {
                        result[q] = found
                        break
                    }
                }
            }
            if let found = result[q], found.label == nil, frame.isClauseFragment(found.paragraph, found.mention) {
                result[q] = nil
            }
            if let found = result[q] {
                for location in frame.location[q] { latest[location.paragraph] = found }
            }
        }
    }

    private func context(_ step: ContextStep, _ q: Int, latest: [Int: LocalAttribution]) -> LocalAttribution? {
        let isBlock = frame.candidates[q].kind == .block
        let (p, t) = frame.location[q][0]
        switch step {
        case .blockQuoteAfterColon:
            return isBlock ? blockQuoteAfterColon(p) : nil
        case .ownerOfClaim:
            return !isBlock && isInsideSentence(p, t) ? ownerOfClaim(p, quote: t) : nil
        case .quotedPhraseSubject:
            return !isBlock && isInsideSentence(p, t) ? sentenceSubject(p, quote: t) : nil
        case .sameParagraph:
            return isBlock ? nil : sameParagraph(p, latest: latest)
        case .previousParagraph:
            return !isBlock && opensParagraph(p, t) ? fromPreviousParagraph(p, latest: latest) : nil
        case .standaloneSubject:
            // Inside a sentence the same question was asked as `.quotedPhraseSubject`.
            return !isBlock && !isInsideSentence(p, t) ? sentenceSubject(p, quote: t) : nil
        case .neighbourSentence:
            return isBlock ? nil : neighbourSentence(p, quote: t)
        }
    }

    /// A phrase quoted inside a clause (not after a colon or a comma that opens it) is the words of
    /// that clause's subject, whoever spoke before.
    func isInsideSentence(_ p: Int, _ t: Int) -> Bool {
        t > frame.sentenceStart(p, before: t) && !frame.isPunct(p, t - 1, ":,")
    }

    /// True for a quote that opens its paragraph, perhaps after a dash or a bullet.
    func opensParagraph(_ p: Int, _ t: Int) -> Bool {
        t == 0 || (t == 1 && frame.isPunct(p, 0, "-—–•*"))
    }
}
