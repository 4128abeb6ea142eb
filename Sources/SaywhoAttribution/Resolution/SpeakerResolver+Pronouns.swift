import SaywhoCore

/// Pronouns and descriptions: the person or source they point back to.
extension SpeakerResolver {
    mutating func resolvePronoun(_ pronoun: String, at range: TextRange) -> Resolved {
        let wantsPerson = pronoun == "he" || pronoun == "she" || pronoun == "i"
        if let wanted = Gender(pronoun: pronoun), let person = nearestPerson(of: wanted, before: range.start) {
            return person
        }
        let wanted = Gender(pronoun: pronoun)
        var i = history.count - 1
        while i >= 0, range.start - history[i].offset < 4000 {
            let entry = history[i]
            // The last speaker, unless the article shows them to be of the other gender.
            if !wantsPerson || entry.resolved.kind == .person,
                wanted == nil || genderOfDisplay(entry.resolved.name) != wanted!.opposite
            {
                return entry.resolved
            }
            i -= 1
        }
        // The nearest capitalised sentence subject before the pronoun.
        if let subject = nearestNamedSubject(before: range.start) {
            return subject
        }
        // Nobody to point back to: an unnamed speaker, never a person called "She".
        return Resolved(name: "Unidentified speaker", kind: .unnamed)
    }

    /// The latest person named before `offset` whose gender the article shows to fit.
    ///
    /// "Derek Vaughan said … Joan Pritchard said … “…,” she said": Joan, not the last speaker.
    /// Names inside quotations are never read (a quote is one token), so a quote about
    /// someone does not make them the speaker.
    mutating func nearestPerson(of wanted: Gender, before offset: Int) -> Resolved? {
        let here = frame.paragraphs(overlapping: TextRange(offset, offset + 1)).lowerBound
        var p = min(here, frame.tokens.count - 1)
        // A pronoun points back a few sentences at most; a bounded walk keeps resolution cheap.
        var lookups = 0
        while p >= 0, offset - frame.paragraphs[p].end < 1500, lookups < 12 {
            // Start at the pronoun and stop 1,500 scalars back: linear in any paragraph.
            var t = frame.firstToken(p, startingAtOrAfter: offset) - 1
            while t >= 0, offset - frame.tokens[p][t].start < 1500, lookups < 12 {
                let token = frame.tokens[p][t]
                if token.start < offset, frame.isCapitalized(p, t), !frame.isCapitalized(p, t + 1) {
                    guard !frame.word(p, t, in: Lexicon.sentenceStarters), !frame.word(p, t, in: Lexicon.titles) else {
                        t -= 1
                        continue
                    }
                    lookups += 1
                    // fullName finds a name only when the word is its first or last; when it is neither,
                    // one lookup of the word's names says so, as cheaply as a set of the names' ends would.
                    if let word = nameWord(p, t), let i = fullName(containing: CollectionOfOne(word), near: token.start) {
                        let found = names[i]
                        if kind(of: found) == .person, gender(ofName: i) == wanted {
                            return Resolved(name: display(of: found), kind: .person, antecedent: found.range)
                        }
                    } else if !genders.isEmpty {
                        let surname = Self.strippingPossessive(frame.text(frame.range(p, t, t + 1)))
                        if genders[surname] == wanted {
                            return Resolved(name: surname, kind: .person, antecedent: frame.range(p, t, t + 1))
                        }
                    }
                }
                t -= 1
            }
            p -= 1
        }
        return nil
    }

    /// `gender(of: display(of: names[i]))`, remembered by name so that a pronoun's walk back
    /// neither builds the display nor hashes it again.
    mutating func gender(ofName i: Int) -> Gender? {
        switch nameGenders[i] {
        case 1: return nil
        case 2: return .male
        case 3: return .female
        default:
            let g = gender(of: Self.display(of: names[i], in: frame.scalars))
            nameGenders[i] = g == nil ? 1 : g == .male ? 2 : 3
            return g
        }
    }

    /// The gender of a resolved name, from the names collected in the text or the first name.
    mutating func genderOfDisplay(_ display: String) -> Gender? {
        if let g = gender(of: display) ?? genders[display] { return g }
        let first = display.splitBySpace().first.map { $0.lowercased() } ?? ""
        return Gender(firstName: first)
    }

    mutating func nearestNamedSubject(before offset: Int) -> Resolved? {
        // Back from the pronoun, 4,000 scalars at most: every unresolved pronoun walks here.
        var p = min(frame.paragraphs(overlapping: TextRange(offset, offset + 1)).lowerBound, frame.tokens.count - 1)
        while p >= 0, offset - frame.paragraphs[p].end < 4000 {
            defer { p -= 1 }
            var t = frame.firstToken(p, startingAtOrAfter: offset) - 1
            while t >= 0, offset - frame.tokens[p][t].start < 4000 {
                let token = frame.tokens[p][t]
                if token.start < offset, frame.isCapitalized(p, t), !frame.word(p, t, in: Lexicon.sentenceStarters),
                    !frame.word(p, t, in: Lexicon.titles),
                    t == 0 || frame.isPunct(p, t - 1, ".!?") || !frame.isCapitalized(p, t - 1)
                {
                    if let word = nameWord(p, t), let i = fullName(containing: CollectionOfOne(word), near: token.start),
                        kind(of: names[i]) == .person
                    {
                        return Resolved(name: display(of: names[i]), kind: .person, antecedent: names[i].range)
                    }
                }
                t -= 1
            }
        }
        return nil
    }

    /// The longest name of the article that holds `key` as its words (first or last part for one
    /// word): its index in `names`.
    func fullName(containing key: some RandomAccessCollection<NameIndex.Word>, near offset: Int) -> Int? {
        guard let first = key.first else { return nil }
        var best: Int?
        var bestScore = Int.min
        // Distinct names holding the first word only: a long article repeats its names thousands of times.
        for d in index.names(holding: first) {
            let d = Int(d)
            let words = index.words(of: d)
            guard words.count >= key.count else { continue }
            let matches: Bool
            if key.count == 1 {
                matches = words.last == first || words.first == first
            } else {
                let base = words.startIndex
                matches = (0...(words.count - key.count)).contains {
                    words[(base + $0)..<(base + $0 + key.count)].elementsEqual(key)
                }
            }
            guard matches, let i = nearestOccurrence(of: d, to: offset) else { continue }
            // Prefer the name introduced most recently before the mention, then longer names.
            let start = names[i].range.start
            let distance = start <= offset ? offset - start : 1_000_000 + start - offset
            let score = -distance + words.count * 10
            if score > bestScore || (score == bestScore && start < best.map { names[$0].range.start } ?? Int.max) {
                bestScore = score
                best = i
            }
        }
        return best
    }

    /// The occurrence of a distinct name nearest `offset`: the last one at or before it, else the first after.
    func nearestOccurrence(of d: Int, to offset: Int) -> Int? {
        let occurrences = index.occurrences(of: d)
        var low = occurrences.startIndex
        var high = occurrences.endIndex
        while low < high {
            let mid = (low + high) / 2
            if names[occurrences[mid]].range.start <= offset { low = mid + 1 } else { high = mid }
        }
        if low > occurrences.startIndex { return occurrences[low - 1] }
        return occurrences.first
    }

    /// Where "a source" (an indefinite mention with this head) first appears before `offset`.
    mutating func introduction(of head: String, before offset: Int) -> TextRange? {
        let headKey = Frame.key(head)
        for p in frame.tokens.indices.reversed() where frame.paragraphs[p].start < offset {
            for t in frame.tokens[p].indices.reversed() where frame.tokens[p][t].start < offset && frame.isWord(p, t) {
                guard frame.word(p, t, is: head, key: headKey) else { continue }
                var k = t - 1
                while k >= 0, k >= t - 3, frame.isWord(p, k) {
                    if frame.wordIs(p, k, in: Lexicon.indefiniteDeterminers) {
                        return frame.range(p, k, t + 1)
                    }
                    k -= 1
                }
            }
        }
        return nil
    }
}
