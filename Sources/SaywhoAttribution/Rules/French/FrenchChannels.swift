import SaywhoCore

/// The channel of a French attribution, read from its sentence: `dans un communiqué` →
/// communiqué, `sur X` → X, `au micro de Radio Lac` → Radio Lac, `a-t-elle confié au
/// Parisien` → Parisien.
struct FrenchChannels {
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
            if frame.wordIs(p, k, in: FrenchLexicon.pressWords) {
                offer(2, frame.text(frame.range(p, k, k + 1)))
            } else if frame.wordIs(p, k, "sur"), k + 1 < last, frame.isWord(p, k + 1),
                FrenchLexicon.platforms.contains(frame.plainWord(p, k + 1).lowercased())
            {
                offer(2, frame.plainWord(p, k + 1))
            } else if frame.wordIs(p, k, "micro"), frame.wordIs(p, k + 1, "de") || frame.wordIs(p, k + 1, "du"),
                let outlet = frame.outletName(p, joinedBy: FrenchLexicon.nameJoiners, from: k + 2, before: last)
            {
                offer(3, outlet)
            } else if frame.wordIs(p, k, "au") || frame.wordIs(p, k, "à"), k > first, local.cue.map({ $0 < k }) == true,
                let outlet = frame.outletName(p, joinedBy: FrenchLexicon.nameJoiners, from: k + 1, before: last)
            {
                offer(3, outlet)
            }
        }
        return found?.value
    }
}
