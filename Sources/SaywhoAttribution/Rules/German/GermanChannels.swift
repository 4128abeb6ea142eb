import SaywhoCore

/// The channel of a German attribution, read from the sentence that makes it: a dative outlet
/// after the tag (`sagte sie der Rhein-Zeitung` → Rhein-Zeitung), an interview (`im Interview
/// mit dem Heimatfunk` → Interview mit Heimatfunk), a written statement (`in einer
/// Pressemitteilung` → Pressemitteilung) or a platform (`auf X` → X).
struct GermanChannels {
    let frame: Frame

    func channel(of local: LocalAttribution) -> String? {
        let p = local.paragraph
        guard local.label == nil, p < frame.tokens.count else { return nil }
        let tokens = frame.tokens[p]
        let first = frame.firstToken(p, startingAtOrAfter: local.evidence.start)
        var last = first
        while last < tokens.count, tokens[last].end <= local.evidence.end { last += 1 }
        var found: (priority: Int, value: String)?
        func offer(_ priority: Int, _ value: String) {
            if found == nil || priority > found!.priority { found = (priority, value) }
        }
        // The outlet a tag speaks to: right after the cue, or after a speaker that follows it.
        if let cue = local.cue, cue < tokens.count {
            var k = cue + 1
            if local.mention.lowerBound == k { k = local.mention.upperBound }
            if k < last, frame.wordIs(p, k, in: GermanLexicon.dativeArticles),
                let outlet = capitalisedRun(p, from: k + 1, before: last)
            {
                offer(3, outlet)
            }
            // Fronted: "Dem Inselboten sagte sie: „…“", the article opening the sentence.
            if cue - 2 >= first, frame.wordIs(p, first, in: GermanLexicon.dativeArticles), !frame.wordIs(p, first, "der"),
                let outlet = capitalisedRun(p, from: first + 1, before: cue),
                first + 1 + outlet.split(separator: " ").count == cue
            {
                offer(3, outlet)
            }
        }
        for k in first..<last where frame.isWord(p, k) {
            if frame.wordIs(p, k, in: GermanLexicon.interviewWords) {
                var m = k + 1
                if frame.wordIs(p, m, "mit") {
                    m += 1
                    if frame.wordIs(p, m, in: GermanLexicon.determiners) { m += 1 }
                    if let outlet = capitalisedRun(p, from: m, before: last) {
                        offer(4, "\(frame.plainWord(p, k)) mit \(outlet)")
                        continue
                    }
                }
                offer(1, frame.plainWord(p, k))
            } else if frame.wordIs(p, k, in: GermanLexicon.pressWords) {
                offer(2, frame.plainWord(p, k))
            } else if frame.wordIs(p, k, "auf"), k + 1 < last, frame.isWord(p, k + 1),
                GermanLexicon.platforms.contains(lowerWithoutStop(p, k + 1))
            {
                offer(2, frame.plainWord(p, k + 1))
            }
        }
        return found?.value
    }

    /// Capitalised words from `k`, as written: an outlet's name.
    private func capitalisedRun(_ p: Int, from k: Int, before end: Int) -> String? {
        var i = k
        while i < end, frame.isWord(p, i), frame.isCapitalized(p, i), !frame.wordIs(p, i, in: GermanLexicon.determiners) {
            i += 1
        }
        guard i > k else { return nil }
        return (k..<i).map { frame.plainWord(p, $0) }.joined(separator: " ")
    }

    private func lowerWithoutStop(_ p: Int, _ k: Int) -> String {
        frame.plainWord(p, k).lowercased()
    }
}
