import SaywhoCore

/// The channel of a Japanese attribution, read from its sentence: `本紙の取材に` → 本紙 (the
/// outlet before の取材 or のインタビュー), `自身のXに` → X and `インスタグラムで` (a platform
/// before に or で), `記者会見で` → 記者会見, `記者団に`, `とのコメント`. A sentence that names
/// none takes the channel of an earlier sentence naming the speaker: a narration sentence
/// (`高橋美咲市長は定例記者会見で…発表した。`), or the speaker's previous quote when the cue says
/// "also" (`「…」とも述べた`).
struct JapaneseChannels {
    let frame: Frame

    /// How many sentences back a channel is carried from.
    static let carry = 3

    func channel(of local: LocalAttribution, speaker: String) -> String? {
        if let found = channel(in: local.evidence) { return found }
        let scalars = frame.scalars
        let name = Array(speaker.unicodeScalars.prefix(2))
        guard name.count == 2 else { return nil }
        var also = false
        if let cue = local.cue, local.cue.map({ $0 < frame.tokens[local.paragraph].count }) == true {
            let start = frame.tokens[local.paragraph][cue].start
            also = start + 1 < scalars.count && scalars[start] == "と" && scalars[start + 1] == "も"
        }
        var end = local.evidence.start
        for _ in 0..<Self.carry {
            guard let sentence = sentence(endingAt: end) else { return nil }
            let quoted = (sentence.start..<sentence.end).contains { scalars[$0] == "「" || scalars[$0] == "『" }
            if contains(name, in: sentence), !quoted || also, let found = channel(in: sentence) { return found }
            if quoted { return nil }
            end = sentence.start
        }
        return nil
    }

    /// The sentence before scalar `end`: back to the 。 or line break before it.
    private func sentence(endingAt end: Int) -> TextRange? {
        let scalars = frame.scalars
        var e = end
        while e > 0, scalars[e - 1] == " " || scalars[e - 1] == "\n" || scalars[e - 1] == "\u{3000}" { e -= 1 }
        guard e > 0 else { return nil }
        var s = e - 1
        // A few sentences back at most: a run without stops reads no further than this.
        while s > 0, e - s < 1500, scalars[s - 1] != "。", scalars[s - 1] != "\n" { s -= 1 }
        return TextRange(s, e)
    }

    private func contains(_ word: [Unicode.Scalar], in range: TextRange) -> Bool {
        (range.start..<range.end).contains { JapaneseScript.matches(word, in: frame.scalars, at: $0, end: range.end) }
    }

    /// The channel `range` names outside its quotations, the outlet of an interview first, then a
    /// platform, then a press conference, reporters or a comment.
    func channel(in range: TextRange) -> String? {
        let scalars = frame.scalars
        let end = min(range.end, scalars.count)
        var found: (priority: Int, value: String)?
        func offer(_ priority: Int, _ value: String) {
            if found == nil || priority > found!.priority { found = (priority, value) }
        }
        var depth = 0
        var i = max(0, range.start)
        while i < end {
            let s = scalars[i]
            if s == "「" || s == "『" { depth += 1 }
            if s == "」" || s == "』" { depth = max(0, depth - 1) }
            if depth > 0 {
                i += 1
                continue
            }
            if i > range.start, scalars[i - 1] == "の",
                let word = JapaneseLexicon.interviewWords.first(where: {
                    JapaneseScript.matches($0, in: scalars, at: i, end: end)
                })
            {
                var o = i - 1
                while o > range.start, JapaneseScript.isNounScalar(scalars[o - 1]) { o -= 1 }
                if o < i - 1 { offer(3, String(String.UnicodeScalarView(scalars[o..<(i - 1)]))) }
                i += word.count
                continue
            }
            if let platform = JapaneseLexicon.platforms.first(where: {
                JapaneseScript.matches($0.word, in: scalars, at: i, end: end)
            }),
                i + platform.word.count < end, "にでへ上".unicodeScalars.contains(scalars[i + platform.word.count]),
                i == 0 || !(scalars[i - 1].value < 0x80 && scalars[i - 1].properties.isAlphabetic)
            {
                offer(2, platform.channel)
                i += platform.word.count
                continue
            }
            if let word = JapaneseLexicon.pressWords.first(where: { JapaneseScript.matches($0, in: scalars, at: i, end: end) }) {
                offer(1, String(String.UnicodeScalarView(word)))
                i += word.count
                continue
            }
            i += 1
        }
        return found?.value
    }
}
