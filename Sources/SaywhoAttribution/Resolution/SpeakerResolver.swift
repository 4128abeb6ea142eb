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
    var names: [Name] = []
    /// The names' words and distinct names, with the occurrences of each and the names holding each word.
    var index = NameIndex()
    /// Genders of single surnames given by a courtesy title ("Ms. Okafor").
    var genders: [String: Gender] = [:]
    /// Genders worked out for full names, computed only when a pronoun asks.
    var genderCache: [String: Gender?] = [:]
    /// `gender(of: display(of: names[i]))` for each name, once asked: 0 not yet, 1 none, 2 male, 3 female.
    var nameGenders: [UInt8] = []
    /// Where each name word stands alone as a capitalised word ("Brook said"), as paragraph and
    /// token packed in one Int; built once, when a pronoun first asks for a surname's evidence.
    var loneWords: [NameIndex.Word: [Int]]?
    /// Speakers resolved so far, in text order of their mentions.
    var history: [(offset: Int, resolved: Resolved)] = []

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
    static func display(of name: Name, in scalars: [Unicode.Scalar]) -> String {
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

    /// Resolves the mention of `local` and remembers it for later pronouns and descriptions.
    mutating func resolve(_ local: LocalAttribution) -> Resolved {
        let p = local.paragraph
        let mentionRange = local.mentionRange(in: frame)
        var words: [MentionWord] = []
        words.reserveCapacity((local.referent ?? local.mention).count)
        if let label = local.label {
            // A transcript label in capitals ("BROOK") names the speaker as "Brook".
            for word in frame.text(label).splitBySpace() {
                words.append(
                    MentionWord(
                        lower: word.lowercased(), text: Self.capitalizedFirst(word.lowercased()), token: -1, capitalized: true))
            }
        }
        let tokens =
            local.label == nil && local.referent == nil
            ? appositiveName(p, after: local.mention) ?? local.mention
            : local.referent ?? local.mention
        for t in tokens where local.label == nil {
            guard frame.isWord(p, t) else { continue }
            words.append(MentionWord(lower: frame.lower(p, t), text: nil, token: t, capitalized: frame.isCapitalized(p, t)))
        }
        let resolved = resolveWords(words, in: p, at: mentionRange)
        history.append((mentionRange.start, resolved))
        return resolved
    }

    /// The name in commas right after a description that a role word cut short: "said the airport's
    /// chief executive, Marcus Obuya-Lindgren, …" read as "the airport's chief" → Marcus Obuya-Lindgren.
    /// Only a name the article's index holds (two to four capitalised words) counts.
    func appositiveName(_ p: Int, after mention: Range<Int>) -> Range<Int>? {
        guard let first = mention.first, frame.isWord(p, first), !frame.isCapitalized(p, first) || frame.wordIs(p, first, "the"),
            frame.word(p, first, in: Lexicon.determiners)
        else { return nil }
        var k = mention.upperBound
        while k < mention.upperBound + 2, frame.isWord(p, k), !frame.isCapitalized(p, k) { k += 1 }
        guard frame.isPunct(p, k, ",") else { return nil }
        let start = k + 1
        var e = start
        while e < start + 4, frame.isWord(p, e), frame.isCapitalized(p, e) { e += 1 }
        guard e - start >= 2, frame.isPunct(p, e, ",.") || frame.isQuote(p, e) || e >= frame.tokens[p].count,
            let ids = nameWords((start..<e).map { Self.strippingPossessive(frame.lower(p, $0)) }),
            fullName(containing: ids, near: frame.tokens[p][start].start) != nil
        else { return nil }
        return start..<e
    }

    /// A word of a mention: lower-cased, and its text as written, which for a word of paragraph
    /// `p` is built from `token` only when a resolution needs it.
    struct MentionWord {
        var lower: String
        var text: String?
        var token: Int
        var capitalized: Bool
    }

    mutating func resolveWords(_ mention: [MentionWord], in p: Int, at range: TextRange) -> Resolved {
        var words = mention
        // The gender the title right before the name gives ("Mrs. Clinton", "spokeswoman Ada Brook").
        var titled: Gender?
        // "Senate Majority Leader Ada Brook", "Headteacher Anita Kowalczyk": the name follows the last title.
        if words.count > 1, words[words.count - 1].capitalized,
            let last = words.dropLast().lastIndex(where: {
                Lexicon.titles.contains($0.lower) || Lexicon.roleWords.contains($0.lower)
            }),
            words[(last + 1)...].allSatisfy(\.capitalized)
        {
            titled = Gender(title: words[last].lower)
            words = Array(words[(last + 1)...])
        }
        guard let head = words.last else { return Resolved(name: frame.text(range), kind: .person) }
        if words.count == 1, Lexicon.pronouns.contains(head.lower) {
            return resolvePronoun(head.lower, at: range)
        }
        // "his claim": a possessive pronoun points back like its subject form.
        if words.count == 1, let subject = Lexicon.possessivePronouns[head.lower] {
            return resolvePronoun(subject, at: range)
        }
        let core = words.filter { !Lexicon.titles.contains($0.lower) && !Lexicon.determiners.contains($0.lower) }
        let named = core.filter(\.capitalized)
        if !named.isEmpty, named.count == core.count || head.capitalized {
            var key = named.map { Self.strippingPossessive($0.lower) }
            // "Oceans Tancred Aalto" read off "Minister of Fisheries and Oceans Tancred Aalto": the person the
            // article names with the mention's last two words.
            if key.count >= 3, !core.contains(where: { $0.lower == "and" || $0.lower == "&" }),
                nameWords(key).flatMap({ fullName(containing: $0, near: range.start) }) == nil,
                let ids = nameWords(Array(key.suffix(2))), let i = fullName(containing: ids, near: range.start),
                index.words(of: names[i].distinct).count == 2, kind(of: names[i]) == .person
            {
                key = Array(key.suffix(2))
            }
            if let ids = nameWords(key), var i = fullName(containing: ids, near: range.start) {
                // A surname two people share (Bill and Hillary Clinton): the title says which.
                if let titled, ids.count == 1, gender(ofName: i) == titled.opposite {
                    guard let other = person(holding: ids[0], near: range.start, fitting: titled) else {
                        return Resolved(name: Self.capitalizedFirst(frame.text(range)), kind: .person)
                    }
                    i = other
                }
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
        if definite,
            let earlier = history.last(where: { $0.resolved.kind == .unnamed && Self.head(of: $0.resolved.name) == headNoun })
        {
            return Resolved(name: earlier.resolved.name, kind: .unnamed, antecedent: earlier.resolved.antecedent)
        }
        // "the council" after "the Skerrin Islands Council": the organisation named with that last word.
        if definite, words.count == 2, Lexicon.organisationWords.contains(head.lower), let ids = nameWords([head.lower]),
            ids.count == 1, let i = fullName(containing: ids, near: range.start), names[i].range.start < range.start,
            index.words(of: names[i].distinct).count > 1, index.words(of: names[i].distinct).last == ids[0],
            kind(of: names[i]) == .organisation
        {
            return Resolved(name: display(of: names[i]), kind: .organisation, antecedent: names[i].range)
        }
        if definite, let intro = introduction(of: headNoun, before: range.start) {
            return Resolved(name: Self.capitalizedFirst(frame.text(intro)), kind: .unnamed, antecedent: intro)
        }
        let text = Self.capitalizedFirst(frame.text(range))
        let isOrganisation = Lexicon.organisationWords.contains(head.lower) && !Lexicon.unnamedHeads.contains(head.lower)
        return Resolved(name: text, kind: isOrganisation ? .organisation : .unnamed, antecedent: definite ? nil : range)
    }

}
