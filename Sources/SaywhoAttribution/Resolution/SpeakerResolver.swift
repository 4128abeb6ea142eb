import SaywhoCore

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
        var range: TextRange
        /// The scalars of `display(of:)` when the name is plain text (printable ASCII and `’`),
        /// so it is compared without building a String; nil for any other name.
        var displayRange: TextRange?
        /// The name ends in a possessive ('s), which its display leaves out.
        var possessive: Bool
        /// Where the name stands: paragraph and token range.
        var paragraph: Int
        var tokens: Range<Int>
        /// The distinct name (by its lower-cased words) in `index`.
        var distinct: Int
    }

    let frame: Frame
    /// Multi-word capitalised names outside quotations, in text order.
    private(set) var names: [Name] = []
    /// The names' words and distinct names, with the occurrences of each and the names holding each word.
    private var index = NameIndex()
    /// Genders of single surnames given by a courtesy title ("Ms. Okafor").
    private(set) var genders: [String: Gender] = [:]
    /// Genders worked out for full names, computed only when a pronoun asks.
    var genderCache: [String: Gender?] = [:]
    /// `gender(of: display(of: names[i]))` for each name, once asked: 0 not yet, 1 none, 2 male, 3 female.
    private var nameGenders: [UInt8] = []
    /// Speakers resolved so far, in text order of their mentions.
    private var history: [(offset: Int, resolved: Resolved)] = []

    init(frame: Frame) {
        self.frame = frame
        collectNames()
    }

    /// The name as the text writes it, without a possessive ('s).
    func display(of name: Name) -> String {
        Self.display(of: name, in: frame.scalars)
    }

    /// `display(of:)` from the text's scalars alone: a mutating method that called the method
    /// copied the whole resolver to keep the frame's scalars alive.
    private static func display(of name: Name, in scalars: [Unicode.Scalar]) -> String {
        if let range = name.displayRange { return ScalarText.string(scalars, range.start, range.end) }
        let text = ScalarText.string(scalars, name.range.start, name.range.end)
        return name.possessive ? strippingPossessive(text) : text
    }

    /// The scalars of `text` when it is plain text (printable ASCII and `’`), else nil.
    static func plainScalars(_ text: String) -> [UInt32]? {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            guard s.value >= 0x20 && s.value < 0x7F || s.value == 0x2019 else { return nil }
            scalars.append(s.value)
        }
        return scalars
    }

    /// `display(of: name) == display`; `plain` is `plainScalars(display)`. When both are plain
    /// text the scalars are compared, without building the name's String: printable ASCII and
    /// `’` have no other canonically equivalent spelling, so equal Strings of them hold the same
    /// scalars. Anything else is compared as Strings.
    func display(of name: Name, is display: String, plain: [UInt32]?) -> Bool {
        guard let range = name.displayRange, let plain else { return self.display(of: name) == display }
        guard range.length == plain.count else { return false }
        return frame.scalars.withUnsafeBufferPointer { scalars in
            for k in 0..<plain.count where scalars[range.start + k].value != plain[k] { return false }
            return true
        }
    }

    /// The scalars of the display of the name at `range` when it is plain text: the whole
    /// range, or without its possessive as `strippingPossessive` cuts it from the String.
    private func displayRange(_ range: TextRange, possessive: Bool) -> TextRange? {
        let plain = frame.scalars.withUnsafeBufferPointer { scalars in
            for i in range.start..<range.end {
                let v = scalars[i].value
                guard v >= 0x20 && v < 0x7F || v == 0x2019 else { return false }
            }
            return true
        }
        guard plain else { return nil }
        guard possessive, range.length >= 2 else { return range }
        let last = frame.scalars[range.end - 1].value
        let before = frame.scalars[range.end - 2].value
        if last == 0x73, before == 0x27 || before == 0x2019 { return TextRange(range.start, range.end - 2) }
        if last == 0x27 || last == 0x2019, before == 0x73 { return TextRange(range.start, range.end - 1) }
        return range
    }

    /// The id of word `t` (lower-cased, without a possessive) among the names' words, when a name holds it.
    private func nameWord(_ p: Int, _ t: Int) -> NameIndex.Word? {
        let token = frame.tokens[p][t]
        guard token.kind == .word, token.plain else { return index.word(frame.lowerStrippingPossessive(p, t)) }
        let end = frame.endStrippingPossessive(token)
        return frame.scalars.withUnsafeBufferPointer { scalars in
            let key = end == token.end ? token.key : NameIndex.key(plain: scalars, token.start, end)
            return index.word(plain: scalars, token.start, end, key: key)
        }
    }

    /// The ids of `words` among the names' words, or nil when a name holds none of them.
    private func nameWords(_ words: [String]) -> [NameIndex.Word]? {
        var ids: [NameIndex.Word] = []
        ids.reserveCapacity(words.count)
        for word in words {
            guard let id = index.word(word) else { return nil }
            ids.append(id)
        }
        return ids
    }

    private mutating func collectNames() {
        var distinct: [Int] = []
        var words: [NameIndex.Word] = []
        let scalars = frame.scalars
        for p in frame.tokens.indices {
            var t = 0
            let list = frame.tokens[p]
            let count = list.count
            while t < count {
                guard list[t].capitalized else {
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
                // Titles that open the name are left out of its words.
                var first = s
                while first < e, frame.word(p, first, in: Lexicon.titles) { first += 1 }
                if e - first >= 2 {
                    words.removeAll(keepingCapacity: true)
                    for k in first..<e {
                        let token = list[k]
                        if token.kind == .word, token.plain {
                            let end = frame.endStrippingPossessive(token)
                            words.append(scalars.withUnsafeBufferPointer { scalars in
                                let key = end == token.end ? token.key : NameIndex.key(plain: scalars, token.start, end)
                                return index.add(plain: scalars, token.start, end, key: key)
                            })
                        } else {
                            words.append(index.add(frame.lowerStrippingPossessive(p, k)))
                        }
                    }
                    let d = index.addName(words)
                    let range = frame.range(p, first, e)
                    let possessive = frame.isPossessive(p, e - 1)
                    names.append(Name(
                        range: range, displayRange: displayRange(range, possessive: possessive), possessive: possessive,
                        paragraph: p, tokens: first..<e, distinct: d))
                    distinct.append(d)
                } else if e - first == 1, s > t, let gender = Gender(titleAt: p, s - 1, in: frame) {
                    // "Ms. Okafor": no full name, but the title tells "she" who is meant.
                    genders[Self.strippingPossessive(frame.text(frame.range(p, s, s + 1)))] = gender
                }
                t = e + 1
            }
        }
        index.finish(distinct: distinct)
        nameGenders = [UInt8](repeating: 0, count: names.count)
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
        var words: [MentionWord] = []
        words.reserveCapacity((local.referent ?? local.mention).count)
        if let label = local.label {
            // A transcript label in capitals ("BROOK") names the speaker as "Brook".
            for word in frame.text(label).splitBySpace() {
                words.append(MentionWord(lower: word.lowercased(), text: Self.capitalizedFirst(word.lowercased()), token: -1, capitalized: true))
            }
        }
        for t in local.referent ?? local.mention where local.label == nil {
            guard frame.isWord(p, t) else { continue }
            words.append(MentionWord(lower: frame.lower(p, t), text: nil, token: t, capitalized: frame.isCapitalized(p, t)))
        }
        let resolved = resolveWords(words, in: p, at: mentionRange)
        history.append((mentionRange.start, resolved))
        return resolved
    }

    /// A word of a mention: lower-cased, and its text as written, which for a word of paragraph
    /// `p` is built from `token` only when a resolution needs it.
    private struct MentionWord {
        var lower: String
        var text: String?
        var token: Int
        var capitalized: Bool
    }

    private mutating func resolveWords(_ mention: [MentionWord], in p: Int, at range: TextRange) -> Resolved {
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
            if let ids = nameWords(key), let i = fullName(containing: ids, near: range.start) {
                let full = names[i]
                return Resolved(name: display(of: full), kind: kind(of: full), antecedent: full.range)
            }
            let display = named.map { Self.strippingPossessive($0.text ?? frame.text(frame.range(p, $0.token, $0.token + 1))) }
                .joined(separator: " ")
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
    private mutating func gender(ofName i: Int) -> Gender? {
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
    private mutating func genderOfDisplay(_ display: String) -> Gender? {
        if let g = gender(of: display) ?? genders[display] { return g }
        let first = display.splitBySpace().first.map { $0.lowercased() } ?? ""
        return Gender(firstName: first)
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
    private func fullName(containing key: some RandomAccessCollection<NameIndex.Word>, near offset: Int) -> Int? {
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
                matches = (0...(words.count - key.count)).contains { words[(base + $0)..<(base + $0 + key.count)].elementsEqual(key) }
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
    private func nearestOccurrence(of d: Int, to offset: Int) -> Int? {
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
    private mutating func introduction(of head: String, before offset: Int) -> TextRange? {
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

    private func kind(of name: Name) -> SpeakerKind {
        index.isOrganisation(name.distinct) ? .organisation : .person
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
