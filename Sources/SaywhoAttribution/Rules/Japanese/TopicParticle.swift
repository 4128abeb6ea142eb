import SaywhoCore

/// Japanese speech tags: 「…」と述べた with the speaker before は or が.
extension AttributionRules {
    /// `RuleID.japaneseTopicParticle`: "大川市長は「…」と述べた", the noun phrase before the topic or
    /// subject particle of the quote's sentence: `市議会の野村議員は` → 野村議員, `石井健二さん（72）は`
    /// → 石井健二さん (the resolver drops the honorific and the title).
    ///
    /// Japanese runs without spaces, so a phrase is a token up to punctuation; the speaker is
    /// the part of a token before は/が, after its last の.
    func japaneseTopicParticle(_ p: Int, quote t: Int) -> LocalAttribution? {
        guard let grade = japaneseCue(p, quote: t) else { return nil }
        let s = japaneseSentenceStart(p, before: t)
        guard let (k, label) = japaneseSubject(p, from: s, before: t) else { return nil }
        return found(
            .japaneseTopicParticle, grade, paragraph: p, mention: k..<(k + 1), cue: t + 1,
            evidence: TextRange(frame.tokens[p][s].start, frame.tokens[p][t + 1].end), label: label)
    }

    /// The grade of the cue after quote `t` (`と述べた`, `とも強調した`, `とのコメントを出した`), or
    /// nil when と does not follow it or introduces a name (`という`, `として`).
    func japaneseCue(_ p: Int, quote t: Int) -> RuleSet.Grade? {
        let token = frame.tokens[p][t]
        guard frame.scalars[token.start] == "「" || frame.scalars[token.start] == "『" else { return nil }
        guard frame.isWord(p, t + 1) else { return nil }
        let next = frame.tokens[p][t + 1]
        guard frame.scalars[next.start] == "と" else { return nil }
        var from = next.start + 1
        if from < next.end, frame.scalars[from] == "も" || frame.scalars[from] == "の" { from += 1 }
        let tail = frame.text(TextRange(from, min(next.end, from + 6)))
        if tail.isEmpty || tail.hasPrefix("いう") || tail.hasPrefix("して") || tail.hasPrefix("され") { return nil }
        return JapaneseLexicon.cueStems.contains(where: { tail.hasPrefix($0) }) ? .standard : .distant
    }

    /// The token after the last 。 before quote `t` (or another quote).
    func japaneseSentenceStart(_ p: Int, before t: Int) -> Int {
        var s = t - 1
        while s >= 0, t - s < Frame.longestSentence, !(frame.isPunct(p, s, "。.!?") || frame.isQuote(p, s)) { s -= 1 }
        return s + 1
    }

    /// The subject before は/が in tokens `s..<t`: its token and its words, after the token's last の.
    func japaneseSubject(_ p: Int, from s: Int, before t: Int) -> (Int, TextRange)? {
        for k in s..<t where frame.isWord(p, k) {
            let range = TextRange(frame.tokens[p][k].start, frame.tokens[p][k].end)
            let first = frame.scalars[range.start]
            // "石井健二さん（72）は" and "清水さん（36）はインスタグラムで": the particle after a parenthesis.
            if first == "は" || first == "が", frame.isPunct(p, k - 1, ")）") {
                var n = k - 1
                while n >= s, !frame.isPunct(p, n, "(（") { n -= 1 }
                n -= 1
                guard n >= s, frame.isWord(p, n) else { return nil }
                return (n, japaneseNoun(TextRange(frame.tokens[p][n].start, frame.tokens[p][n].end)))
            }
            guard
                let particle = (range.start..<range.end).first(where: {
                    $0 > range.start && (frame.scalars[$0] == "は" || frame.scalars[$0] == "が")
                })
            else { continue }
            let noun = japaneseNoun(TextRange(range.start, particle))
            guard noun.end - noun.start <= 16 else { return nil }
            return (k, noun)
        }
        return nil
    }

    /// `range` after its last の: 市議会の野村議員 → 野村議員.
    func japaneseNoun(_ range: TextRange) -> TextRange {
        var start = range.start
        for i in range.start..<range.end where frame.scalars[i] == "の" && i + 1 < range.end { start = i + 1 }
        return TextRange(start, range.end)
    }

    /// `RuleID.japanesePreviousSentence`: "…鮮魚店の店主、石井健二さん（72）。「…」と話した。", a quote
    /// with a cue but no subject of its own takes the person the sentence before names with an
    /// honorific, a title or an age, else that sentence's subject.
    func japanesePreviousSentence(_ p: Int, quote t: Int) -> LocalAttribution? {
        guard japaneseCue(p, quote: t) != nil else { return nil }
        let s = japaneseSentenceStart(p, before: t)
        // The sentence before: in this paragraph, or the last of the paragraph before.
        var q = p
        var end = s - 1
        if s == 0 || !frame.isPunct(p, s - 1, "。") {
            guard s == 0, p > 0, !frame.tokens[p - 1].isEmpty else { return nil }
            q = p - 1
            end = frame.tokens[q].count
            if frame.isPunct(q, end - 1, "。") { end -= 1 }
        }
        guard end > 0 else { return nil }
        let start = japaneseSentenceStart(q, before: end)
        guard start < end else { return nil }
        let evidence = TextRange(frame.tokens[q][start].start, frame.tokens[p][t + 1].end)
        for k in stride(from: end - 1, through: start, by: -1) where frame.isWord(q, k) {
            let range = japaneseNoun(TextRange(frame.tokens[q][k].start, frame.tokens[q][k].end))
            let named =
                frame.isPunct(q, k + 1, "(（")
                || JapaneseLexicon.suffixes.contains {
                    JapaneseScript.endsWith($0, in: frame.scalars, end: range.end, start: range.start)
                }
            if named {
                return found(
                    .japanesePreviousSentence, paragraph: q, mention: k..<(k + 1), cue: q == p ? t + 1 : nil, evidence: evidence,
                    label: range)
            }
        }
        guard let (k, label) = japaneseSubject(q, from: start, before: end) else { return nil }
        return found(
            .japanesePreviousSentence, paragraph: q, mention: k..<(k + 1), cue: q == p ? t + 1 : nil, evidence: evidence,
            label: label)
    }
}
