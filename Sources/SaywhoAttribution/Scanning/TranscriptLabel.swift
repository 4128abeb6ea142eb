import SaywhoCore

/// A speaker label that opens a transcript paragraph: "BROOK: Well, look…".
///
/// Transcripts quote each turn as a paragraph that opens with the speaker's name in
/// capitals and a colon. Each such turn is its own statement, even when the quotation
/// marks run on from the paragraph before.
enum TranscriptLabel {
    /// The scalar range of the label at the start of `range` (marks skipped), if there is one.
    static func find(in scalars: [Unicode.Scalar], _ range: TextRange) -> TextRange? {
        if let bold = boldLabel(in: scalars, range) { return bold }
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

    /// A Markdown label in bold at the start of `range`: "**Cllr Ada Brook:** …" or "**Ada Brook**: …",
    /// a capitalised name of a few words.
    static func boldLabel(in scalars: [Unicode.Scalar], _ range: TextRange) -> TextRange? {
        let start = range.start + 2
        guard start + 3 < range.end, scalars[range.start] == "*", scalars[range.start + 1] == "*", Scalars.isUpper(scalars[start])
        else { return nil }
        var i = start
        var words = 1
        while i < range.end, i - start < 60, scalars[i] != ":", scalars[i] != "*" {
            if scalars[i] == " " { words += 1 }
            i += 1
        }
        guard words <= 6, i + 2 < range.end else { return nil }
        let closes =
            (scalars[i] == ":" && scalars[i + 1] == "*" && scalars[i + 2] == "*")
            || (scalars[i] == "*" && scalars[i + 1] == "*" && scalars[i + 2] == ":")
        return closes ? TextRange(start, i) : nil
    }

    /// The interview mark that opens `range`: "Q" or "A" followed by a colon, else nil.
    static func interviewMark(in scalars: [Unicode.Scalar], _ range: TextRange) -> Unicode.Scalar? {
        guard range.end - range.start > 3, scalars[range.start] == "Q" || scalars[range.start] == "A",
            scalars[range.start + 1] == ":", scalars[range.start + 2] == " "
        else { return nil }
        return scalars[range.start]
    }

    /// Turns of a transcript printed without quotation marks, one quote a paragraph: paragraphs that
    /// open with a label (`BROOK:`, `**Ada Brook:**`) the article uses for two paragraphs at least, and
    /// the answers (`A:`) of an interview that holds two questions (`Q:`) and two answers at least.
    /// The questions are the interviewer's, whom the text does not name beside them: no statement.
    /// A lone `RELATED:` or `UPDATE:` is a heading, not a speaker; a paragraph that holds a quotation
    /// already is left to it.
    static func unquotedTurns(
        scalars: [Unicode.Scalar], paragraphs: [TextRange], quoted: [QuoteCandidate]
    ) -> [QuoteCandidate] {
        var labels: [(paragraph: Int, key: String)] = []
        var questions = 0
        var answers = 0
        for (p, para) in paragraphs.enumerated() {
            guard para.end - para.start > 3 else { continue }
            let first = scalars[para.start]
            guard Scalars.isUpper(first) || first == "*" else { continue }
            if let mark = interviewMark(in: scalars, para) {
                if mark == "Q" { questions += 1 } else { answers += 1 }
                labels.append((p, mark == "Q" ? "\u{0}Q" : "\u{0}A"))
            } else if let label = find(in: scalars, para) {
                labels.append((p, String(String.UnicodeScalarView(scalars[label.start..<label.end])).lowercased()))
            }
        }
        guard labels.count >= 2 else { return [] }
        var uses: [String: Int] = [:]
        for label in labels { uses[label.key, default: 0] += 1 }
        let starts = quoted.flatMap { $0.segments.map(\.start) }.sorted()
        var out: [QuoteCandidate] = []
        for label in labels {
            let isInterview = label.key.unicodeScalars.first == "\u{0}"
            guard isInterview ? questions >= 2 && answers >= 2 && label.key == "\u{0}A" : uses[label.key, default: 0] >= 2
            else { continue }
            let para = paragraphs[label.paragraph]
            let k = Frame.partition(starts.count) { starts[$0] < para.start }
            if k < starts.count, starts[k] < para.end { continue }
            out.append(QuoteCandidate(segments: [para], closed: true, kind: .direct, family: .transcript))
        }
        return out
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
