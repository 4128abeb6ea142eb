/// Turns speaker mentions ("she", "the source", "Kardashian") into speakers of one article.
///
/// Names resolve to the longest name of the article that contains them (Kardashian →
/// Kim Kardashian); definite descriptions to the speaker introduced with the same head
/// (the source → A source); pronouns to the last speaker or the last named subject before
/// them. The quotation itself is never read, so a quote about Kim is not taken as by Kim.
struct SpeakerResolver {
    struct Resolved {
        var name: String
        var kind: SpeakerKind
        /// Where the resolution rests when it is not the mention itself (the antecedent).
        var antecedent: TextRange?
    }

    struct Name {
        var words: [String]
        var display: String
        var range: TextRange
        /// Where the name stands: paragraph and token range.
        var paragraph: Int
        var tokens: Range<Int>
    }

    var frame: Frame
    /// Multi-word capitalised names outside quotations, in text order.
    private(set) var names: [Name] = []
    /// Each distinct name (by its words) with the indices of its occurrences in `names`, in text order.
    private var distinct: [(words: [String], occurrences: [Int])] = []
    /// Distinct names by each word they hold, so a lookup reads only the names that can match.
    private var distinctByWord: [String: [Int]] = [:]
    /// Genders of single surnames given by a courtesy title ("Ms. Okafor").
    private(set) var genders: [String: Gender] = [:]
    /// Genders worked out for full names, computed only when a pronoun asks.
    var genderCache: [String: Gender?] = [:]
    /// Speakers resolved so far, in text order of their mentions.
    private var history: [(offset: Int, resolved: Resolved)] = []

    init(frame: Frame) {
        self.frame = frame
        collectNames()
        indexNames()
    }

    private mutating func collectNames() {
        for p in frame.tokens.indices {
            var t = 0
            let count = frame.tokens[p].count
            while t < count {
                guard frame.isCapitalized(p, t) else {
                    t += 1
                    continue
                }
                var e = t
                while e < count, frame.isCapitalized(p, e) || (e > t && frame.wordIs(p, e, "of") && frame.isCapitalized(p, e + 1)) {
                    e += 1
                    if e > t, frame.isPossessive(p, e - 1) { break }
                }
                // A lone capitalised word is no full name; most runs are that, so skip them unread.
                if e - t < 2 {
                    t = e + 1
                    continue
                }
                var s = t
                while s < e, frame.word(p, s, in: Lexicon.sentenceStarters) && !frame.wordIs(p, s, "the") { s += 1 }
                if s < e, frame.wordIs(p, s, "the"), e - s < 3 { s += 1 }
                // "Senate Minority Leader Harry Reid", "Councillor Owen Tate": the name follows the last title.
                var k = e - 2
                while k > s, !frame.word(p, k, in: Lexicon.titles) { k -= 1 }
                if k >= s, k < e - 1, frame.word(p, k, in: Lexicon.titles) { s = k + 1 }
                var words: [String] = []
                words.reserveCapacity(e - s)
                for k in s..<e {
                    if frame.word(p, k, in: Lexicon.titles) && words.isEmpty { continue }
                    words.append(frame.lowerStrippingPossessive(p, k))
                }
                if words.count >= 2 {
                    let first = s + (e - s - words.count)
                    var display = frame.text(frame.range(p, first, e))
                    if frame.isPossessive(p, e - 1) { display = Self.strippingPossessive(display) }
                    names.append(Name(words: words, display: display, range: frame.range(p, first, e), paragraph: p, tokens: first..<e))
                } else if words.count == 1, s > t, let gender = Gender(titleAt: p, s - 1, in: frame) {
                    // "Ms. Okafor": no full name, but the title tells "she" who is meant.
                    genders[Self.strippingPossessive(frame.text(frame.range(p, s, s + 1)))] = gender
                }
                t = e + 1
            }
        }
    }

    /// Possessive pronouns and the subject pronouns they point back like.
    static let possessivePronouns = ["his": "he", "her": "she", "their": "they"]

    static func strippingPossessive(_ s: String) -> String {
        // Most words end in neither s nor an apostrophe: answer those without comparing suffixes.
        // An ASCII byte is a whole scalar, so the last byte tells for most words.
        let utf8 = s.utf8
        guard let lastByte = utf8.last else { return s }
        if lastByte < 0x80 {
            guard lastByte == UInt8(ascii: "s") || lastByte == UInt8(ascii: "S") || lastByte == UInt8(ascii: "'") else { return s }
            // All ASCII: one byte a Character, so the suffixes below come down to two bytes.
            if utf8.allSatisfy({ $0 < 0x80 }) {
                guard utf8.count >= 2 else { return s }
                let before = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
                if lastByte == UInt8(ascii: "s"), before == UInt8(ascii: "'") { return String(s.dropLast(2)) }
                if lastByte == UInt8(ascii: "'"), before == UInt8(ascii: "s") { return String(s.dropLast(1)) }
                return s
            }
        }
        guard let last = s.unicodeScalars.last, last == "s" || last == "S" || last == "'" || last == "\u{2019}" else { return s }
        for suffix in ["'s", "’s", "‘s", "s'", "s’"] where s.hasSuffix(suffix) {
            return suffix.hasPrefix("s") ? String(s.dropLast(1)) : String(s.dropLast(2))
        }
        return s
    }

    /// Resolves the mention of `local` and remembers it for later pronouns and descriptions.
    mutating func resolve(_ local: LocalAttribution) -> Resolved {
        let p = local.paragraph
        let mentionRange = local.mentionRange(in: frame)
        var words: [(lower: String, text: String, capitalized: Bool)] = []
        words.reserveCapacity((local.referent ?? local.mention).count)
        if let label = local.label {
            // A transcript label in capitals ("PENCE") names the speaker as "Pence".
            for word in frame.text(label).splitBySpace() {
                words.append((word.lowercased(), Self.capitalizedFirst(word.lowercased()), true))
            }
        }
        for t in local.referent ?? local.mention where local.label == nil {
            guard frame.isWord(p, t) else { continue }
            words.append((frame.lower(p, t), frame.text(frame.range(p, t, t + 1)), frame.isCapitalized(p, t)))
        }
        let resolved = resolveWords(words, at: mentionRange)
        history.append((mentionRange.start, resolved))
        return resolved
    }

    private mutating func resolveWords(_ mention: [(lower: String, text: String, capitalized: Bool)], at range: TextRange) -> Resolved {
        var words = mention
        // "Senate Majority Leader Ada Brook", "Headteacher Anita Kowalczyk": the name follows the last title.
        if words.count > 1, words[words.count - 1].capitalized,
            let last = words.dropLast().lastIndex(where: { Lexicon.titles.contains($0.lower) || Lexicon.roleWords.contains($0.lower) }),
            words[(last + 1)...].allSatisfy(\.capitalized)
        {
            words = Array(words[(last + 1)...])
        }
        guard let head = words.last else { return Resolved(name: frame.text(range), kind: .person) }
        if words.count == 1, Lexicon.pronouns.contains(head.lower) {
            return resolvePronoun(head.lower, at: range)
        }
        // "his claim": a possessive pronoun points back like its subject form.
        if words.count == 1, let subject = Self.possessivePronouns[head.lower] {
            return resolvePronoun(subject, at: range)
        }
        let core = words.filter { !Lexicon.titles.contains($0.lower) && !Lexicon.determiners.contains($0.lower) }
        let named = core.filter(\.capitalized)
        if !named.isEmpty, named.count == core.count || head.capitalized {
            let key = named.map { Self.strippingPossessive($0.lower) }
            if let full = fullName(containing: key, near: range.start) {
                return Resolved(name: full.display, kind: kind(of: full.words), antecedent: full.range)
            }
            let display = named.map { Self.strippingPossessive($0.text) }.joined(separator: " ")
            let theKept = words.first?.lower == "the" && Lexicon.organisationWords.contains(key.last ?? "")
            return Resolved(name: theKept ? "The " + display : display, kind: kind(of: key))
        }
        // A description: "the source", "a spokeswoman for the campaign", "officials".
        let headNoun = core.first(where: { Lexicon.unnamedHeads.contains($0.lower) })?.lower ?? head.lower
        let definite = words.first?.lower == "the"
        if definite, let earlier = history.last(where: { $0.resolved.kind == .unnamed && Self.head(of: $0.resolved.name) == headNoun }) {
            return Resolved(name: earlier.resolved.name, kind: .unnamed, antecedent: earlier.resolved.antecedent)
        }
        if definite, let intro = introduction(of: headNoun, before: range.start) {
            return Resolved(name: Self.capitalizedFirst(frame.text(intro)), kind: .unnamed, antecedent: intro)
        }
        let text = Self.capitalizedFirst(frame.text(range))
        let isOrganisation = Lexicon.organisationWords.contains(head.lower) && !Lexicon.unnamedHeads.contains(head.lower)
        return Resolved(name: text, kind: isOrganisation ? .organisation : .unnamed, antecedent: definite ? nil : range)
    }

    private mutating func resolvePronoun(_ pronoun: String, at range: TextRange) -> Resolved {
        let wantsPerson = pronoun == "he" || pronoun == "she" || pronoun == "i"
        if let wanted = Gender(pronoun: pronoun), let person = nearestPerson(of: wanted, before: range.start) {
            return person
        }
        let wanted = Gender(pronoun: pronoun)
        var i = history.count - 1
        while i >= 0, range.start - history[i].offset < 4000 {
            let entry = history[i]
            // The last speaker, unless the article shows them to be of the other gender.
            if !wantsPerson || entry.resolved.kind == .person, wanted == nil || genderOfDisplay(entry.resolved.name) != wanted!.opposite {
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
    private mutating func nearestPerson(of wanted: Gender, before offset: Int) -> Resolved? {
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
                    let key = frame.lowerStrippingPossessive(p, t)
                    // fullName finds a name only when the key is its first or last word; when it is neither, one
                    // lookup in distinctByWord says so, as cheaply as a set of the names' ends would.
                    if let found = fullName(containing: [key], near: token.start) {
                        if kind(of: found.words) == .person, gender(of: found.display) == wanted {
                            return Resolved(name: found.display, kind: .person, antecedent: found.range)
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

    /// The gender of a resolved name, from the names collected in the text or the first name.
    private mutating func genderOfDisplay(_ display: String) -> Gender? {
        if let g = gender(of: display) ?? genders[display] { return g }
        let first = display.splitBySpace().first.map { $0.lowercased() } ?? ""
        return Gender.firstNames[first]
    }

    private mutating func nearestNamedSubject(before offset: Int) -> Resolved? {
        // Back from the pronoun, 4,000 scalars at most: every unresolved pronoun walks here.
        var p = min(frame.paragraphs(overlapping: TextRange(offset, offset + 1)).lowerBound, frame.tokens.count - 1)
        while p >= 0, offset - frame.paragraphs[p].end < 4000 {
            defer { p -= 1 }
            var t = frame.firstToken(p, startingAtOrAfter: offset) - 1
            while t >= 0, offset - frame.tokens[p][t].start < 4000 {
                let token = frame.tokens[p][t]
                if token.start < offset, frame.isCapitalized(p, t), !frame.word(p, t, in: Lexicon.sentenceStarters),
                    !frame.word(p, t, in: Lexicon.titles), t == 0 || frame.isPunct(p, t - 1, ".!?") || !frame.isCapitalized(p, t - 1)
                {
                    let key = [frame.lowerStrippingPossessive(p, t)]
                    if let full = fullName(containing: key, near: token.start), kind(of: full.words) == .person {
                        return Resolved(name: full.display, kind: .person, antecedent: full.range)
                    }
                }
                t -= 1
            }
        }
        return nil
    }

    /// The longest name of the article that holds `key` as its words (first or last part for one word).
    private func fullName(containing key: [String], near offset: Int) -> Name? {
        guard let first = key.first, let candidates = distinctByWord[first] else { return nil }
        var best: Int?
        var bestScore = Int.min
        // Distinct names holding the first word only: a long article repeats its names thousands of times.
        for d in candidates {
            let words = distinct[d].words
            guard words.count >= key.count else { continue }
            let matches: Bool
            if key.count == 1 {
                matches = words.last == first || words.first == first
            } else {
                matches = (0...(words.count - key.count)).contains { words[$0..<($0 + key.count)].elementsEqual(key) }
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
        return best.map { names[$0] }
    }

    /// The occurrence of a distinct name nearest `offset`: the last one at or before it, else the first after.
    private func nearestOccurrence(of d: Int, to offset: Int) -> Int? {
        let occurrences = distinct[d].occurrences
        var low = 0
        var high = occurrences.count
        while low < high {
            let mid = (low + high) / 2
            if names[occurrences[mid]].range.start <= offset { low = mid + 1 } else { high = mid }
        }
        if low > 0 { return occurrences[low - 1] }
        return occurrences.first
    }

    /// Groups occurrences of the same name for `fullName`.
    private mutating func indexNames() {
        var byWords = [[String]: Int](minimumCapacity: names.count)
        distinctByWord.reserveCapacity(names.count * 2)
        for (i, name) in names.enumerated() {
            if let d = byWords[name.words] {
                distinct[d].occurrences.append(i)
            } else {
                byWords[name.words] = distinct.count
                // Each word once: a name has two or three, so a scan beats building a Set.
                for (k, word) in name.words.enumerated() where !name.words[..<k].contains(word) {
                    distinctByWord[word, default: []].append(distinct.count)
                }
                distinct.append((name.words, [i]))
            }
        }
    }

    /// Where "a source" (an indefinite mention with this head) first appears before `offset`.
    private mutating func introduction(of head: String, before offset: Int) -> TextRange? {
        let headKey = Frame.key(head)
        for p in frame.tokens.indices.reversed() where frame.paragraphs[p].start < offset {
            for t in frame.tokens[p].indices.reversed() where frame.tokens[p][t].start < offset && frame.isWord(p, t) {
                guard frame.word(p, t, is: head, key: headKey) else { continue }
                var k = t - 1
                while k >= 0, k >= t - 3, frame.isWord(p, k) {
                    if frame.wordIs(p, k, ["a", "an", "one", "another"]) {
                        return frame.range(p, k, t + 1)
                    }
                    k -= 1
                }
            }
        }
        return nil
    }

    private func kind(of words: [String]) -> SpeakerKind {
        words.contains(where: { Lexicon.organisationWords.contains($0) }) ? .organisation : .person
    }

    static func head(of name: String) -> String {
        String(name.lowercased().splitBySpace().last ?? "")
    }

    static func capitalizedFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
