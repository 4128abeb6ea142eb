import SaywhoCore

/// The channel of a French or Spanish attribution, read from its sentence by the language's
/// lists (`RomanceChannelWords`): a written statement (`dans un communiqué`, `en un comunicado`),
/// a press event (`lors d'une conférence de presse`, `en rueda de prensa`), a platform (`sur X`,
/// `en su cuenta de X`), an outlet after an opener (`au micro de Radio Lac`, `interrogée par France
/// Vallon`, `sur France Valmont`) or after the cue (`a confié au Progrès de la Loire`, `dijo a la
/// Radio Costa`); of two outlets after the cue, the later (`Hugo Lambert, maraîcher à Vernet, au
/// Petit Bellerivain`).
struct RomanceChannels {
    let frame: Frame
    let words: RomanceChannelWords

    func channel(of local: LocalAttribution) -> String? {
        let p = local.paragraph
        guard p < frame.tokens.count else { return nil }
        let tokens = frame.tokens[p]
        let first = frame.firstToken(p, startingAtOrAfter: local.evidence.start)
        var last = first
        while last < tokens.count, tokens[last].end <= local.evidence.end { last += 1 }
        var found: (priority: Int, value: String)?
        func offer(_ priority: Int, _ value: String, laterWins: Bool = false) {
            if found == nil || priority > found!.priority || laterWins && priority == found!.priority { found = (priority, value) }
        }
        for k in first..<last where frame.isWord(p, k) {
            if frame.wordIs(p, k, in: words.pressWords) {
                offer(2, frame.text(frame.range(p, k, k + 1)))
            } else if let phrase = words.pressEvents.first(where: { matches($0, p, k, last) }) {
                offer(2, phrase.joined(separator: " "))
            } else if k > first, words.platforms.contains(frame.plainWord(p, k).lowercased()),
                frame.wordIs(p, k - 1, in: words.platformPrepositions)
            {
                offer(frame.wordIs(p, k - 1, "de") ? 3 : 2, frame.plainWord(p, k))
            } else if let opener = words.outletOpeners.first(where: { matches($0, p, k, last) }),
                let outlet = outlet(p, from: k + opener.count, before: last)
            {
                offer(3, outlet)
            } else if frame.wordIs(p, k, in: words.outletPrepositions), k > first, local.cue.map({ $0 < k }) == true,
                let outlet = outlet(p, from: k + 1, before: last)
            {
                offer(3, outlet, laterWins: true)
            }
        }
        return found?.value
    }

    /// The outlet named from token `k`, past an article (`la Radio Costa`), unless it is a platform.
    private func outlet(_ p: Int, from k: Int, before end: Int) -> String? {
        let start = frame.wordIs(p, k, "la") && frame.isCapitalized(p, k + 1) ? k + 1 : k
        guard start < end, frame.isWord(p, start), !words.platforms.contains(frame.plainWord(p, start).lowercased()) else {
            return nil
        }
        return frame.outletName(p, joinedBy: words.outletJoiners, from: start, before: end)
    }

    /// True when the words of `phrase` stand at tokens `k…` (before `end`).
    private func matches(_ phrase: [String], _ p: Int, _ k: Int, _ end: Int) -> Bool {
        guard k + phrase.count <= end else { return false }
        return phrase.indices.allSatisfy { frame.isWord(p, k + $0) && frame.lower(p, k + $0) == phrase[$0] }
    }
}

/// The word lists `RomanceChannels` reads for one language.
struct RomanceChannelWords: Sendable {
    /// Statements given in writing (communiqué, comunicado).
    var pressWords: WordSet
    /// Press events, as word sequences (conférence de presse, rueda de prensa).
    var pressEvents: [[String]]
    /// Platforms a statement is posted on (x, instagram).
    var platforms: WordSet
    /// Words before a platform (sur, en, de).
    var platformPrepositions: WordSet
    /// Word sequences after which an outlet is named (au micro de, interrogée par).
    var outletOpeners: [[String]]
    /// Prepositions after the cue before an outlet (au, à; a, al).
    var outletPrepositions: WordSet
    /// Lower-case words inside an outlet's name (Courrier du Lac, Radio del Puerto).
    var outletJoiners: WordSet

    init(
        pressWords: WordSet, pressEvents: [String], platforms: WordSet, platformPrepositions: WordSet, outletOpeners: [String],
        outletPrepositions: WordSet, outletJoiners: WordSet
    ) {
        self.pressWords = pressWords
        self.pressEvents = pressEvents.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        self.platforms = platforms
        self.platformPrepositions = platformPrepositions
        self.outletOpeners = outletOpeners.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        self.outletPrepositions = outletPrepositions
        self.outletJoiners = outletJoiners
    }
}
