import SaywhoCore

/// Japanese speech tags: 「…」と述べた with the speaker before は or が.
extension AttributionRules {
    /// `RuleID.japaneseTopicParticle`: "大川市長は「…」と述べた", the noun phrase before the topic or subject particle, when simple.
    ///
    /// Japanese runs without spaces, so a phrase is a token up to punctuation; the speaker is
    /// the part of the first token before は/が, after its last の or 、 ("市議会の野村議員は" → 野村議員).
    func japaneseTopicParticle(_ p: Int, quote t: Int) -> LocalAttribution? {
        let token = frame.tokens[p][t]
        guard frame.scalars[token.start] == "「" || frame.scalars[token.start] == "『" else { return nil }
        guard frame.isWord(p, t + 1) else { return nil }
        let next = frame.tokens[p][t + 1]
        guard frame.scalars[next.start] == "と" else { return nil }
        let tail = frame.text(TextRange(next.start + 1, min(next.end, next.start + 6)))
        guard JapaneseLexicon.cueStems.contains(where: { tail.hasPrefix($0) }) else { return nil }
        // The sentence starts after the last 。 before the quote.
        var s = t - 1
        while s >= 0, t - s < Frame.longestSentence, !(frame.isPunct(p, s, "。.!?") || frame.isQuote(p, s)) { s -= 1 }
        s += 1
        for k in s..<t where frame.isWord(p, k) {
            let range = TextRange(frame.tokens[p][k].start, frame.tokens[p][k].end)
            guard
                let particle = (range.start..<range.end).first(where: {
                    ($0 > range.start) && (frame.scalars[$0] == "は" || frame.scalars[$0] == "が")
                })
            else { continue }
            var start = range.start
            for i in range.start..<particle where frame.scalars[i] == "の" { start = i + 1 }
            guard start < particle, particle - start <= 12 else { return nil }
            return found(
                .japaneseTopicParticle, paragraph: p, mention: k..<(k + 1), cue: t + 1,
                evidence: TextRange(frame.tokens[p][s].start, next.end), label: TextRange(start, particle))
        }
        // "石井健二さん（72）は": the particle stands alone after a parenthesis.
        for k in s..<t where frame.isWord(p, k) && frame.tokens[p][k].end - frame.tokens[p][k].start == 1 {
            let c = frame.scalars[frame.tokens[p][k].start]
            guard c == "は" || c == "が" else { continue }
            var n = k - 1
            if frame.isPunct(p, n, ")）") {
                while n >= s, !frame.isPunct(p, n, "(（") { n -= 1 }
                n -= 1
            }
            guard n >= s, frame.isWord(p, n) else { return nil }
            // The name without its honorific: 石井健二さん → 石井健二.
            let name = frame.tokens[p][n]
            var end = name.end
            if end - name.start > 2, frame.scalars[end - 1] == "氏" || frame.scalars[end - 1] == "様" { end -= 1 }
            if end - name.start > 3, frame.scalars[end - 2] == "さ", frame.scalars[end - 1] == "ん" { end -= 2 }
            var begin = name.start
            for i in name.start..<end where frame.scalars[i] == "の" { begin = i + 1 }
            guard begin < end else { return nil }
            return found(
                .japaneseTopicParticle, paragraph: p, mention: n..<(n + 1), cue: t + 1,
                evidence: TextRange(frame.tokens[p][s].start, next.end), label: TextRange(begin, end))
        }
        return nil
    }
}
