import SaywhoCore

/// The channel of a Spanish attribution, read from its sentence: `en un comunicado` →
/// comunicado, `en rueda de prensa` → rueda de prensa, `en su cuenta de X` → X, an outlet
/// after the cue with `a`, `a la` or `al` (`dijo a la Radio Costa` → Radio Costa).
struct SpanishChannels {
    let frame: Frame

    func channel(of local: LocalAttribution) -> String? {
        let p = local.paragraph
        guard p < frame.tokens.count else { return nil }
        let tokens = frame.tokens[p]
        let first = frame.firstToken(p, startingAtOrAfter: local.evidence.start)
        var last = first
        while last < tokens.count, tokens[last].end <= local.evidence.end { last += 1 }
        var found: (priority: Int, value: String)?
        func offer(_ priority: Int, _ value: String) {
            if found == nil || priority > found!.priority { found = (priority, value) }
        }
        for k in first..<last where frame.isWord(p, k) {
            if frame.wordIs(p, k, in: SpanishLexicon.pressWords) {
                offer(2, frame.text(frame.range(p, k, k + 1)))
            } else if frame.wordIs(p, k, "rueda"), frame.wordIs(p, k + 1, "de"), frame.wordIs(p, k + 2, "prensa") {
                offer(2, "rueda de prensa")
            } else if frame.wordIs(p, k, "cuenta"), frame.wordIs(p, k + 1, "de"), k + 2 < last, frame.isWord(p, k + 2),
                SpanishLexicon.platforms.contains(frame.plainWord(p, k + 2).lowercased())
            {
                offer(3, frame.plainWord(p, k + 2))
            } else if frame.wordIs(p, k, "en"), k + 1 < last, frame.isWord(p, k + 1),
                SpanishLexicon.platforms.contains(frame.plainWord(p, k + 1).lowercased())
            {
                offer(2, frame.plainWord(p, k + 1))
            } else if frame.wordIs(p, k, "a") || frame.wordIs(p, k, "al"), local.cue.map({ $0 < k }) == true {
                let from = frame.wordIs(p, k, "a") && frame.wordIs(p, k + 1, "la") ? k + 2 : k + 1
                if let outlet = frame.outletName(p, joinedBy: SpanishLexicon.nameJoiners, from: from, before: last) {
                    offer(3, outlet)
                }
            }
        }
        return found?.value
    }
}
