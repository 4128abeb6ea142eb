import SaywhoCore

/// A speaker label that opens a transcript paragraph: "BROOK: Well, look…".
///
/// Transcripts quote each turn as a paragraph that opens with the speaker's name in
/// capitals and a colon. Each such turn is its own statement, even when the quotation
/// marks run on from the paragraph before.
enum TranscriptLabel {
    /// The scalar range of the label at the start of `range` (marks skipped), if there is one.
    static func find(in scalars: [Unicode.Scalar], _ range: TextRange) -> TextRange? {
        var i = range.start
        while i < range.end, i - range.start < 3, !Scalars.isWordScalar(scalars[i]) { i += 1 }
        let start = i
        var letters = 0
        while i < range.end, i - start < 40 {
            let s = scalars[i]
            if Scalars.isUpper(s) {
                letters += 1
            } else if s != " " && s != "." && s != "-" && s != "\u{2019}" && s != "'" {
                break
            }
            i += 1
        }
        // Two capitals at least, then the colon: "Q:" and "A:" mark interviews, not names.
        guard letters >= 2, i < range.end, scalars[i] == ":", i > start, scalars[i - 1] != " " else { return nil }
        return TextRange(start, i)
    }

    /// The candidates with every run-on segment that opens with a label made a quote of its own.
    static func splitTurns(_ candidates: [QuoteCandidate], scalars: [Unicode.Scalar]) -> [QuoteCandidate] {
        guard candidates.contains(where: { $0.segments.count > 1 }) else { return candidates }
        var out: [QuoteCandidate] = []
        out.reserveCapacity(candidates.count)
        for candidate in candidates {
            guard candidate.segments.count > 1 else {
                out.append(candidate)
                continue
            }
            var current = candidate
            current.segments = [candidate.segments[0]]
            for segment in candidate.segments.dropFirst() {
                if find(in: scalars, segment) != nil {
                    out.append(current)
                    current.segments = []
                }
                current.segments.append(segment)
            }
            out.append(current)
        }
        return out
    }
}
