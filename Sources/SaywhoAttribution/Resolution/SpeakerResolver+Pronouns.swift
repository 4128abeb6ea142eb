import SaywhoCore

/// Pronouns and descriptions: the person or source they point back to.
extension SpeakerResolver {
    mutating func resolvePronoun(_ pronoun: String, at range: TextRange) -> Resolved {
        let wantsPerson = pronoun == "he" || pronoun == "she" || pronoun == "i"
        if let wanted = Gender(pronoun: pronoun), let person = nearestPerson(of: wanted, before: range.start) {
            return person
        }
        let wanted = Gender(pronoun: pronoun)
        if pronoun == "it", let organisation = nearestOrganisation(before: range.start) { return organisation }
        var i = history.count - 1
        while i >= 0, range.start - history[i].offset < 4000 {
            let entry = history[i]
            // The last speaker, unless the article shows them to be of the other gender.
            if !wantsPerson || entry.resolved.kind == .person,
                wanted == nil || genderOrLeaning(ofDisplay: entry.resolved.name) != wanted!.opposite
            {
                return entry.resolved
            }
            i -= 1
        }
        // The nearest capitalised sentence subject before the pronoun.
        if let subject = nearestNamedSubject(before: range.start, of: wanted) {
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
                    if let word = nameWord(p, t), t > 0, Gender(titleAt: p, t - 1, in: frame) == wanted,
                        let i = person(holding: word, near: token.start, fitting: wanted)
                    {
                        // "Mrs. Clinton" with Bill and Hillary Clinton in the article: the title says which.
                        return Resolved(name: display(of: names[i]), kind: .person, antecedent: names[i].range)
                    } else if let word = nameWord(p, t), let i = fullName(containing: CollectionOfOne(word), near: token.start) {
                        let found = names[i]
                        let count = index.words(of: found.distinct).count
                        if kind(of: found) == .person, count <= 4 {
                            let g = gender(ofName: i)
                            // A first name the table does not know: the nearest person, unless the
                            // article or the name's leaning says the other gender.
                            if g == wanted
                                || (g == nil && count >= 2 && standsAsPerson(i)
                                    && leaningGender(found.paragraph, found.tokens.lowerBound, found.tokens.upperBound)
                                        != wanted.opposite),
                                !isPlace(i)
                            {
                                // The sentence of the mention the walk met, which may name a channel.
                                return Resolved(name: display(of: found), kind: .person, antecedent: frame.range(p, t, t + 1))
                            }
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

    /// The name of the article nearest `offset` that holds `word` as its first or last word and
    /// is a person the article shows to be of gender `wanted`: "Mrs. Clinton" when the article
    /// names Bill and Hillary Clinton. A person of unknown gender is passed over.
    mutating func person(holding word: NameIndex.Word, near offset: Int, fitting wanted: Gender) -> Int? {
        var best: Int?
        var bestScore = Int.min
        for d in index.names(holding: word) {
            let d = Int(d)
            let words = index.words(of: d)
            // A run of more than four capitalised words is a headline, not a person.
            guard words.count <= 4, words.last == word || words.first == word, let i = nearestOccurrence(of: d, to: offset),
                kind(of: names[i]) == .person
            else { continue }
            let start = names[i].range.start
            let distance = start <= offset ? offset - start : 1_000_000 + start - offset
            let score = -distance + words.count * 10
            guard score > bestScore else { continue }
            let g = gender(ofName: i)
            guard g == wanted else { continue }
            bestScore = score
            best = i
        }
        return best
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
        // A lone word is a surname as often as a first name (Warren, May): no evidence.
        let words = display.splitBySpace()
        guard words.count > 1, let first = words.first else { return nil }
        return Gender(firstName: first.lowercased())
    }

    /// The gender a resolved name is known or leans to: enough to keep a pronoun of the other
    /// gender away, not to name anyone.
    mutating func genderOrLeaning(ofDisplay display: String) -> Gender? {
        if let g = genderOfDisplay(display) { return g }
        let words = display.splitBySpace()
        guard words.count > 1, let first = words.first else { return nil }
        return Gender(leaningFirstName: first.lowercased())
    }

    /// The organisation named nearest before `offset`, in its paragraph or the one before:
    /// "The Riverways Authority said … “…,” it said".
    mutating func nearestOrganisation(before offset: Int) -> Resolved? {
        let here = min(frame.paragraphs(overlapping: TextRange(offset, offset + 1)).lowerBound, frame.tokens.count - 1)
        var p = here
        while p >= 0, p >= here - 1 {
            defer { p -= 1 }
            var t = frame.firstToken(p, startingAtOrAfter: offset) - 1
            while t >= 0 {
                if frame.tokens[p][t].start < offset, frame.isCapitalized(p, t), !frame.isCapitalized(p, t + 1),
                    !frame.word(p, t, in: Lexicon.sentenceStarters), !frame.word(p, t, in: Lexicon.determiners),
                    let word = nameWord(p, t),
                    let i = fullName(containing: CollectionOfOne(word), near: frame.tokens[p][t].start),
                    names[i].range.start < offset, kind(of: names[i]) == .organisation, !isPlace(i)
                {
                    return Resolved(name: display(of: names[i]), kind: .organisation, antecedent: names[i].range)
                }
                t -= 1
            }
        }
        return nil
    }

    /// The nearest capitalised sentence subject before `offset` that names a person; for `he`
    /// or `she`, never one the article shows to be of the other gender, and one of unknown
    /// gender only when the article also calls them by their last name alone ("Kardashian
    /// made no comment"): a subject like "New Jersey" or "Des Moines" is a place.
    mutating func nearestNamedSubject(before offset: Int, of wanted: Gender? = nil) -> Resolved? {
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
                        kind(of: names[i]) == .person, wanted == nil || fits(i, wanted!), !isPlace(i)
                    {
                        return Resolved(name: display(of: names[i]), kind: .person, antecedent: names[i].range)
                    }
                }
                t -= 1
            }
        }
        return nil
    }

    /// True when `names[i]` stands where a person does: not after a preposition or an article
    /// ("with Coastline Radio", "on the North Sea", "an analyst at Bramley Research"), and not
    /// ending like an outlet's name.
    func standsAsPerson(_ i: Int) -> Bool {
        let name = names[i]
        let before = name.tokens.lowerBound - 1
        if frame.isWord(name.paragraph, before),
            frame.wordIs(name.paragraph, before, in: Lexicon.prepositions)
                || frame.wordIs(name.paragraph, before, in: Lexicon.determiners)
        {
            return false
        }
        let last = Self.display(of: name, in: frame.scalars).lowercased().splitBySpace().last.map(String.init) ?? ""
        return !Lexicon.outletWords.contains(last)
    }

    /// True when `names[i]` opens or ends with a word of a place or thing (Port Ellery, Harcourt
    /// Bridge, Whitmore Tower): named after a person, perhaps, but nobody who speaks.
    func isPlace(_ i: Int) -> Bool {
        let words = Self.display(of: names[i], in: frame.scalars).lowercased().splitBySpace()
        guard let first = words.first, let last = words.last else { return false }
        return Lexicon.placeWords.contains(String(first)) || Lexicon.placeWords.contains(String(last))
    }

    /// Whether `names[i]` can be the `wanted` gender's pronoun's person: known to be of that
    /// gender, or unknown and called by the last name alone somewhere in the article.
    mutating func fits(_ i: Int, _ wanted: Gender) -> Bool {
        guard let g = gender(ofName: i) else {
            let name = names[i]
            if leaningGender(name.paragraph, name.tokens.lowerBound, name.tokens.upperBound) == wanted.opposite { return false }
            if loneWords == nil { collectLoneWords() }
            guard let last = index.words(of: names[i].distinct).last else { return false }
            return !(loneWords?[last]?.isEmpty ?? true)
        }
        return g == wanted
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
