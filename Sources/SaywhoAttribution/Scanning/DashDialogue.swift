import SaywhoCore

/// Dialogue written with em dashes, as Spanish prints interviews and reported exchanges: a
/// paragraph that opens with `—` is a speaker's turn. Narration inside it sits between ` —` and
/// the next `—` (`—Esta es la peor temporada —dice Prieto—. Llevamos treinta salidas.`), so a
/// turn is the words before the narration, and the words after it are a turn of their own.
enum DashDialogue {
    /// The turns of every paragraph that opens with an em dash, in text order.
    static func turns(_ scalars: [Unicode.Scalar], paragraphs: [TextRange]) -> [QuoteCandidate] {
        var turns: [QuoteCandidate] = []
        for paragraph in paragraphs {
            var i = paragraph.start
            while i < paragraph.end, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
            guard i + 1 < paragraph.end, scalars[i] == "—", scalars[i + 1] != " " else { continue }
            var start = i
            var at = i + 1
            while start < paragraph.end {
                let narration = inciseStart(scalars, from: at, end: paragraph.end)
                var end = narration ?? paragraph.end
                while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\n" { end -= 1 }
                if hasLetter(scalars, start, end) {
                    turns.append(QuoteCandidate(segments: [TextRange(start, end)], closed: true, kind: .direct, family: .dash))
                }
                guard let narration else { break }
                // The narration ends at the next dash; the turn goes on after its punctuation.
                var close = narration + 2
                while close < paragraph.end, scalars[close] != "—" { close += 1 }
                guard close < paragraph.end else { break }
                var next = close + 1
                while next < paragraph.end, ".,;: ".unicodeScalars.contains(scalars[next]) { next += 1 }
                start = next
                at = next
            }
        }
        return turns
    }

    /// Where narration starts inside a turn: ` —` before a lower-case word (`—dice`, `—reconoce`).
    private static func inciseStart(_ scalars: [Unicode.Scalar], from i: Int, end: Int) -> Int? {
        var k = i
        while k + 2 < end {
            if scalars[k] == " ", scalars[k + 1] == "—", scalars[k + 2].properties.isLowercase { return k + 1 }
            k += 1
        }
        return nil
    }

    private static func hasLetter(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        (start..<end).contains { scalars[$0].properties.isAlphabetic }
    }

    /// `candidates` with `turns` added, those that overlap a turn left out, in text order.
    static func merge(_ candidates: [QuoteCandidate], _ turns: [QuoteCandidate]) -> [QuoteCandidate] {
        guard !turns.isEmpty else { return candidates }
        let kept = candidates.filter { candidate in
            !turns.contains { turn in
                candidate.segments.contains { $0.start < turn.segments[0].end && turn.segments[0].start < $0.end }
            }
        }
        return (kept + turns).sorted { $0.segments[0].start < $1.segments[0].start }
    }
}
