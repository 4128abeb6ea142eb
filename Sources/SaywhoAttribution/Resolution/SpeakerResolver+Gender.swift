import SaywhoCore

/// Gender evidence for resolving "he" and "she" to the right person.
///
/// The evidence is the text's own: a courtesy title (Mr., Ms., Mrs.), the pronoun the
/// article uses right after the name ("Joan Pritchard … she said"), and a short list of
/// common first names. Unknown stays unknown: it never rules a person out.
enum Gender: Sendable {
    case male, female

    var opposite: Gender { self == .male ? .female : .male }

    /// The gender a third-person pronoun asks for, if it asks for one.
    init?(pronoun: String) {
        if Lexicon.malePronouns.contains(pronoun) {
            self = .male
        } else if Lexicon.femalePronouns.contains(pronoun) {
            self = .female
        } else {
            return nil
        }
    }

    /// The gender a courtesy title or a gendered role word gives.
    init?(title: String) {
        guard let g = Gender.of(title, male: Lexicon.maleTitles, female: Lexicon.femaleTitles) else { return nil }
        self = g
    }

    /// The gender a first name's bearers mostly have (lower case), if the name is known.
    init?(firstName: String) {
        guard let g = Gender.of(firstName, male: Lexicon.maleFirstNames, female: Lexicon.femaleFirstNames) else { return nil }
        self = g
    }

    /// The gender whose list holds `word` (no word is in both: a test checks it).
    private static func of(_ word: String, male: WordSet, female: WordSet) -> Gender? {
        male.contains(word) ? .male : female.contains(word) ? .female : nil
    }

    /// The gender a first name leans to without deciding (75% to 90% of its bearers): evidence
    /// against the other gender's pronoun, never for naming anyone.
    init?(leaningFirstName name: String) {
        guard let g = Gender.of(name, male: Lexicon.maleLeaningFirstNames, female: Lexicon.femaleLeaningFirstNames) else {
            return nil
        }
        self = g
    }

    /// `Gender(leaningFirstName: frame.lower(p, t))`, from the token's hash.
    init?(leaningFirstNameAt p: Int, _ t: Int, in frame: Frame) {
        guard let g = Gender.of(p, t, in: frame, male: Lexicon.maleLeaningFirstNames, female: Lexicon.femaleLeaningFirstNames)
        else { return nil }
        self = g
    }

    /// `Gender(title: frame.lower(p, t))`, from the token's hash.
    init?(titleAt p: Int, _ t: Int, in frame: Frame) {
        guard let g = Gender.of(p, t, in: frame, male: Lexicon.maleTitles, female: Lexicon.femaleTitles) else { return nil }
        self = g
    }

    /// `Gender(firstName: frame.lower(p, t))`, from the token's hash.
    init?(firstNameAt p: Int, _ t: Int, in frame: Frame) {
        guard let g = Gender.of(p, t, in: frame, male: Lexicon.maleFirstNames, female: Lexicon.femaleFirstNames) else {
            return nil
        }
        self = g
    }

    /// The gender whose list holds word `t`.
    private static func of(_ p: Int, _ t: Int, in frame: Frame, male: WordSet, female: WordSet) -> Gender? {
        frame.word(p, t, in: male) ? .male : frame.word(p, t, in: female) ? .female : nil
    }
}

extension SpeakerResolver {
    /// The gender the article shows for a full name, from any of its mentions (cached).
    ///
    /// A courtesy title or gendered role word at any mention decides. Otherwise the first-name
    /// table decides unless the article contradicts it: the pronouns after the person's own
    /// cues, at the full name or at the surname alone ("Lindsey Graham … Graham said he"),
    /// twice the other way and never its way. With no table entry, those pronouns decide when
    /// they agree.
    mutating func gender(of display: String) -> Gender? {
        if let known = genderCache[display] { return known }
        var found: Gender?
        var table: Gender?
        var votes = GenderVotes()
        let plain = Self.plainScalars(display)
        // The occurrences of the distinct name the display is (same words, any case).
        let first = names.first { self.display(of: $0, is: display, plain: plain) }
        for i in first.map({ index.occurrences(of: $0.distinct) }) ?? [] {
            let name = names[i]
            let (p, start, end) = (name.paragraph, name.tokens.lowerBound, name.tokens.upperBound)
            if let g = titleGender(p, start, end) {
                found = g
                break
            }
            if table == nil { table = firstNameGender(p, start, end) }
            votes.add(cuePronounGender(p, start, end))
        }
        if found == nil, let first {
            let surname = surnameEvidence(index.words(of: first.distinct).last)
            if let g = surname.titles.oneWay {
                found = g
            } else {
                votes.male += surname.pronouns.male
                votes.female += surname.pronouns.female
                if let table {
                    found = votes.count(of: table.opposite) >= 2 && votes.count(of: table) == 0 ? table.opposite : table
                } else {
                    found = votes.oneWay
                }
            }
        }
        genderCache[display] = .some(found)
        return found
    }

    /// Counts of evidence for each gender.
    struct GenderVotes {
        var male = 0
        var female = 0

        mutating func add(_ g: Gender?) {
            if g == .male { male += 1 } else if g == .female { female += 1 }
        }

        func count(of g: Gender) -> Int { g == .male ? male : female }

        /// The gender all the evidence points to, if there is any and it agrees.
        var oneWay: Gender? { male > 0 && female == 0 ? .male : female > 0 && male == 0 ? .female : nil }
    }

    /// What the article shows where the one person whose last name is `surname` stands alone:
    /// titles before it (`Mr. Brook`) and pronouns after its cue (`Brook said he`). A surname
    /// two names of the article share gives no evidence, and the surname is never read as a
    /// first name (Warren, Sanders).
    mutating func surnameEvidence(_ surname: NameIndex.Word?) -> (titles: GenderVotes, pronouns: GenderVotes) {
        var titles = GenderVotes()
        var pronouns = GenderVotes()
        guard let surname else { return (titles, pronouns) }
        var people = 0
        for d in index.names(holding: surname) where index.words(of: Int(d)).last == surname {
            people += 1
        }
        guard people == 1 else { return (titles, pronouns) }
        if loneWords == nil { collectLoneWords() }
        for packed in loneWords?[surname] ?? [] {
            let (p, t) = (packed >> 32, packed & 0xFFFF_FFFF)
            if let g = titleGender(p, t, t + 1) {
                titles.add(g)
            } else {
                pronouns.add(cuePronounGender(p, t, t + 1))
            }
        }
        return (titles, pronouns)
    }

    /// Every capitalised word standing alone (or after a title) that some name of the article
    /// holds, by word: one pass over the article's first 20,000 tokens.
    mutating func collectLoneWords() {
        var found: [NameIndex.Word: [Int]] = [:]
        var budget = 20_000
        for p in frame.tokens.indices {
            let count = frame.tokens[p].count
            budget -= count
            if budget < 0 { break }
            for t in 0..<count where frame.isCapitalized(p, t) && !frame.isCapitalized(p, t + 1) {
                guard t == 0 || !frame.isCapitalized(p, t - 1) || frame.word(p, t - 1, in: Lexicon.titles),
                    let word = nameWord(p, t)
                else { continue }
                found[word, default: []].append(p << 32 | t)
            }
        }
        loneWords = found
    }

    /// What the article shows of a person's gender at one mention: title, first name, the pronoun after their cue.
    mutating func gender(ofNameAt p: Int, from start: Int, to end: Int) -> Gender? {
        titleGender(p, start, end) ?? firstNameGender(p, start, end) ?? cuePronounGender(p, start, end)
    }

    /// A courtesy title or gendered role word before the name or inside it.
    func titleGender(_ p: Int, _ start: Int, _ end: Int) -> Gender? {
        if start > 0, frame.isWord(p, start - 1), let g = Gender(titleAt: p, start - 1, in: frame) { return g }
        for t in start..<end where frame.isWord(p, t) {
            if let g = Gender(titleAt: p, t, in: frame) { return g }
        }
        return nil
    }

    /// The first name's gender in the table: of a name of two to four words (a longer run is
    /// a headline), and never a date ("June Trump" is the month's Trump).
    func firstNameGender(_ p: Int, _ start: Int, _ end: Int) -> Gender? {
        for t in start..<end where frame.isCapitalized(p, t) && !frame.word(p, t, in: Lexicon.titles) {
            guard end - t >= 2, end - t <= 4, !frame.word(p, t, in: Lexicon.months), !frame.word(p, t, in: Lexicon.weekdays)
            else { return nil }
            return Gender(firstNameAt: p, t, in: frame)
        }
        return nil
    }

    /// The gender the first name leans to, where `firstNameGender` finds it too shared to decide.
    func leaningGender(_ p: Int, _ start: Int, _ end: Int) -> Gender? {
        for t in start..<end where frame.isCapitalized(p, t) && !frame.word(p, t, in: Lexicon.titles) {
            guard end - t >= 2, end - t <= 4 else { return nil }
            return Gender(leaningFirstNameAt: p, t, in: frame)
        }
        return nil
    }

    /// "Joan Pritchard, a nurse, said she …": the pronoun right after the name's own cue.
    /// A name that is the object ("told Pulse Weekly that she") gives no evidence.
    func cuePronounGender(_ p: Int, _ start: Int, _ end: Int) -> Gender? {
        let count = frame.tokens[p].count
        var t = end
        if frame.isPunct(p, t, ",") {
            t += 1
            while t < count, t - end < 16, !frame.isPunct(p, t, ",.;"), !frame.isQuote(p, t) { t += 1 }
            guard frame.isPunct(p, t, ",") else { return nil }
            t += 1
        }
        while t < count, frame.isWord(p, t), frame.word(p, t, in: Lexicon.auxiliaries) { t += 1 }
        guard frame.isCue(p, t) else { return nil }
        t += 1
        if frame.isWord(p, t), frame.wordIs(p, t, "that") { t += 1 }
        if frame.isWord(p, t), let g = Gender(pronoun: frame.lower(p, t)) { return g }
        return nil
    }
}
