import SaywhoCore

/// Turns speaker mentions into speakers by a language's word lists (`SpeakerWords`), for the
/// languages the English resolver does not fit (German, French): titles (`Dr.`, `Frau`, `Mme`)
/// and roles (`Landrätin`, `la ministre`) dropped before a name, a surname linked to the full
/// name the article gave (`Brandtner` → Eva Brandtner), a role with its article to the person
/// it introduced (`die Ministerin` → Eva Brandtner, introduced as `Umweltministerin Eva
/// Brandtner`), and `er`/`sie`, `il`/`elle` to the latest person of that gender (a title, an
/// article or a role in -in tells it), else the last speaker.
struct ListedSpeakerResolver {
    enum Gender: String { case male, female }

    struct Person {
        var name: String
        var offset: Int
        var range: TextRange
        var gender: Gender?
        /// The role the article gave the person, lower case (umweltministerin).
        var role: String?
    }

    let frame: Frame
    let words: SpeakerWords
    /// People the text names with a title, a role or a first name, in text order.
    private(set) var people: [Person] = []
    /// Indices into `people` by the lower-cased last word of the name.
    var byLastWord: [String: [Int]] = [:]
    /// Indices into `people` by each lower-cased word inside a name of three words or more, for
    /// languages whose first surname stands for the name (`SpeakerWords.compoundSurnames`).
    var byInnerWord: [String: [Int]] = [:]
    /// Speakers resolved so far, in text order.
    var history: [(offset: Int, resolved: SpeakerResolver.Resolved, gender: Gender?)] = []

    init(frame: Frame, words: SpeakerWords) {
        self.frame = frame
        self.words = words
        collectPeople()
    }

    /// Names outside quotations: a title or a role before capitalised words, or two capitalised
    /// words inside a sentence that no article opens (German capitalises every noun, so a lone
    /// capitalised word is no name).
    private mutating func collectPeople() {
        for p in frame.tokens.indices {
            let count = frame.tokens[p].count
            var t = 0
            while t < count {
                guard frame.isWord(p, t), frame.isCapitalized(p, t) else {
                    t += 1
                    continue
                }
                var e = t
                while e < count, frame.isWord(p, e) {
                    if frame.isCapitalized(p, e), !frame.wordIs(p, e, in: words.determiners) {
                        e += 1
                        continue
                    }
                    // "Javier Ruiz del Pino": a particle between capitalised words stays in the name.
                    guard e > t, frame.wordIs(p, e, in: words.nameJoiners) else { break }
                    let next = frame.wordIs(p, e + 1, "la") ? e + 2 : e + 1
                    guard frame.isWord(p, next), frame.isCapitalized(p, next), !frame.wordIs(p, next, in: words.determiners)
                    else { break }
                    e = next
                }
                if e > t, let person = person(p, t..<e) {
                    byLastWord[Self.lastWord(of: person.name), default: []].append(people.count)
                    if words.compoundSurnames {
                        for word in person.name.split(separator: " ").dropFirst().dropLast() {
                            byInnerWord[word.lowercased(), default: []].append(people.count)
                        }
                    }
                    people.append(person)
                }
                t = max(e, t + 1)
            }
        }
    }

    /// The person named by the capitalised run `run`, if it is a name.
    private func person(_ p: Int, _ run: Range<Int>) -> Person? {
        var gender: Gender?
        var role: String?
        // The name follows the last title or role: "Verbandschef Prof. Lars Henning".
        var start = run.lowerBound
        for k in run where isTitleOrRole(p, k) {
            let lower = frame.lower(p, k)
            if words.femaleTitles.contains(lower) { gender = .female }
            if words.maleTitles.contains(lower) { gender = .male }
            if let r = words.role(in: lower) {
                role = lower
                gender = gender ?? self.gender(ofRole: r, in: lower)
            }
            start = k + 1
        }
        // "la ministre Claire Dubois": a role in lower case before the name, its article telling the gender.
        if start == run.lowerBound, run.lowerBound > 0, frame.isWord(p, run.lowerBound - 1),
            !frame.isCapitalized(p, run.lowerBound - 1),
            let r = words.role(in: frame.lower(p, run.lowerBound - 1))
        {
            role = frame.lower(p, run.lowerBound - 1)
            if run.lowerBound > 1, frame.isWord(p, run.lowerBound - 2) {
                if frame.wordIs(p, run.lowerBound - 2, in: words.femaleTitles) { gender = .female }
                if frame.wordIs(p, run.lowerBound - 2, in: words.maleTitles) { gender = .male }
            }
            gender = gender ?? self.gender(ofRole: r, in: frame.lower(p, run.lowerBound - 1))
            return Person(
                name: frame.text(frame.range(p, start, run.upperBound)), offset: frame.tokens[p][start].start,
                range: frame.range(p, start, run.upperBound), gender: gender, role: role)
        }
        // "El presidente del club, Luis Fernández de Castro": the role of an apposition tells the gender.
        if start == run.lowerBound || words.titles.contains(frame.lower(p, run.lowerBound)),
            frame.isPunct(p, run.lowerBound - 1, ",")
        {
            var k = run.lowerBound - 2
            while k >= max(0, run.lowerBound - 9), frame.isWord(p, k) {
                if let r = words.role(in: frame.lower(p, k)), k > 0, frame.isWord(p, k - 1) {
                    if frame.wordIs(p, k - 1, in: words.femaleTitles) { gender = .female }
                    if frame.wordIs(p, k - 1, in: words.maleTitles) { gender = .male }
                    role = role ?? frame.lower(p, k)
                    gender = gender ?? self.gender(ofRole: r, in: frame.lower(p, k))
                    break
                }
                k -= 1
            }
        }
        let afterArticle = run.lowerBound > 0 && frame.wordIs(p, run.lowerBound - 1, in: words.determiners)
        // "der Fährmann Paul Grieger": a noun after the article, then the name.
        if start == run.lowerBound, afterArticle, run.count >= 3 { start += 1 }
        // "D'après Lucas Meunier", "L'Écho": an elided word opens no name.
        var opening = start
        while opening < run.upperBound, !words.capitalisesNouns,
            frame.lower(p, opening).hasPrefix("d'")
                || frame.lower(p, opening).hasPrefix("l'")
        { opening += 1 }
        if opening > start {
            guard run.upperBound - opening >= 2 else { return nil }
            return person(p, opening..<run.upperBound)
        }
        // "bleibt Claudia Mertens Trainerin des SV": a role after the name is its predicate.
        if start == run.upperBound, run.count >= 3, isTitleOrRole(p, run.upperBound - 1), !isTitleOrRole(p, run.upperBound - 2) {
            return person(p, run.lowerBound..<(run.upperBound - 1))
        }
        guard run.upperBound > start else { return nil }
        // Capitalised words only: the particles of "Luis Fernández de Castro" do not count.
        let words = (start..<run.upperBound).count(where: { frame.isCapitalized(p, $0) })
        let introduced = start > run.lowerBound
        let opensSentence =
            run.lowerBound == 0 || frame.isPunct(p, run.lowerBound - 1, ".!?:") || frame.isQuote(p, run.lowerBound - 1)
        let longest = self.words.compoundSurnames ? 4 : 3
        // A sentence may open with a name where nouns are not capitalised ("Marie-Claire Fabre élève…").
        let opens = opensSentence && self.words.capitalisesNouns
        guard introduced || (words >= 2 && words <= longest && !opens && !afterArticle) else { return nil }
        let range = frame.range(p, start, run.upperBound)
        return Person(
            name: frame.text(range), offset: range.start, range: range, gender: gender ?? firstNameGender(p, start), role: role)
    }

    /// The gender a first name tells (Petra, Leonie; Marie-Claire by its first part), read in the
    /// first-name tables (`Lexicon.femaleFirstNames`); nil for a name they share or lack.
    private func firstNameGender(_ p: Int, _ k: Int) -> Gender? {
        let lower = frame.lower(p, k)
        let first = String(lower.split(separator: "-").first ?? Substring(lower))
        if Lexicon.femaleFirstNames.contains(first) { return .female }
        if Lexicon.maleFirstNames.contains(first) { return .male }
        return nil
    }

    private func isTitleOrRole(_ p: Int, _ t: Int) -> Bool {
        frame.wordIs(p, t, in: words.titles) || words.isRole(frame.lower(p, t))
    }

    /// A role with the language's feminine ending names a woman (Ministerin, Landrätin); its base form, a man.
    func gender(ofRole role: String, in word: String) -> Gender? {
        guard let suffix = words.feminineSuffix else { return nil }
        if role.hasSuffix(suffix), words.roleSet.contains(String(role.dropLast(suffix.count))) || role.hasSuffix("ätin") {
            return .female
        }
        if words.roleSet.contains(role + suffix) { return .male }
        return nil
    }

    mutating func resolve(_ local: LocalAttribution) -> SpeakerResolver.Resolved {
        let range = local.mentionRange(in: frame)
        let (resolved, gender) = resolveMention(local, at: range)
        history.append((range.start, resolved, gender))
        return resolved
    }

    private func resolveMention(_ local: LocalAttribution, at range: TextRange) -> (SpeakerResolver.Resolved, Gender?) {
        if local.label != nil {
            // "a-t-il": the pronoun inside an inverted verb.
            let text = frame.text(range)
            if let pronoun = words.pronouns[text.lowercased()] {
                return resolvePronoun(Gender(rawValue: pronoun), plural: false, at: range.start)
            }
            return (SpeakerResolver.Resolved(name: text, kind: .person), nil)
        }
        let p = local.paragraph
        let tokens = Array(local.mention.filter { frame.isWord(p, $0) })
        guard let head = tokens.last else { return (SpeakerResolver.Resolved(name: frame.text(range), kind: .person), nil) }
        if tokens.count == 1, let pronoun = words.pronouns[frame.lower(p, head)] {
            return resolvePronoun(Gender(rawValue: pronoun), plural: isPlural(local), at: range.start)
        }
        var gender: Gender?
        var role: String?
        var start = 0
        if frame.wordIs(p, tokens[0], in: words.determiners) { start = 1 }
        // An article tells the gender only where it opens the mention ("la ministre", not "Anne de la Roche").
        for k in 0..<tokens.count
        where isTitleOrRole(p, tokens[k])
            || (k == 0
                && (frame.wordIs(p, tokens[k], in: words.femaleTitles) || frame.wordIs(p, tokens[k], in: words.maleTitles)))
        {
            let lower = frame.lower(p, tokens[k])
            if words.femaleTitles.contains(lower) { gender = .female }
            if words.maleTitles.contains(lower) { gender = .male }
            if let r = words.role(in: lower) {
                role = r
                gender = gender ?? self.gender(ofRole: r, in: lower)
            }
            start = k + 1
        }
        // "el concejal de Comercio, Tomás Ferrer": the name after the comma of an apposition.
        if let comma = local.mention.last(where: { frame.isPunct(p, $0, ",") }), frame.isCapitalized(p, comma + 1),
            let named = tokens.firstIndex(where: { $0 > comma })
        {
            start = max(start, named)
        }
        // "le rectorat": a common noun describes a source; it names nobody.
        if start < tokens.count, !frame.isCapitalized(p, tokens[start]), role == nil {
            let lower = frame.lower(p, tokens[tokens.count - 1])
            let kind: SpeakerKind = words.isOrganisation(lower) ? .organisation : .unnamed
            return (SpeakerResolver.Resolved(name: Self.capitalizedFirst(frame.text(range)), kind: kind), nil)
        }
        if start < tokens.count {
            let nameRange = frame.range(p, tokens[start], tokens[tokens.count - 1] + 1)
            let name = frame.text(nameRange)
            let last = frame.lower(p, head)
            if words.isOrganisation(last) || words.isOrganisation(frame.lower(p, tokens[start])) {
                // "la préfecture": a common noun keeps its article.
                let display = frame.isCapitalized(p, tokens[start]) ? name : Self.capitalizedFirst(frame.text(range))
                return (SpeakerResolver.Resolved(name: display, kind: .organisation), nil)
            }
            // A surname, or a name the article gave in full before: the full name.
            if let full = fullName(ending: name, near: range.start) ?? fullName(inside: name, near: range.start) {
                return (SpeakerResolver.Resolved(name: full.name, kind: .person, antecedent: full.range), gender ?? full.gender)
            }
            return (SpeakerResolver.Resolved(name: name, kind: .person), gender)
        }
        // Only a role: "die Ministerin" is the person introduced with it.
        if let role, let person = lastPerson(before: range.start, where: { $0.role.map { $0.hasSuffix(role) } == true }) {
            return (SpeakerResolver.Resolved(name: person.name, kind: .person, antecedent: person.range), person.gender ?? gender)
        }
        return (SpeakerResolver.Resolved(name: Self.capitalizedFirst(frame.text(range)), kind: .unnamed), gender)
    }

    /// How many people and speakers a lookup reads at most, so that an article of thousands of
    /// names and tags resolves in linear time.
    static let lookupLimit = 64

    static func lastWord(of name: String) -> String {
        (name.split(separator: " ").last.map(String.init) ?? name).lowercased()
    }

    static func capitalizedFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
