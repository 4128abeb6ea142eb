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
    mutating func gender(of display: String) -> Gender? {
        if let known = genderCache[display] { return known }
        var found: Gender?
        let plain = Self.plainScalars(display)
        for name in names where self.display(of: name, is: display, plain: plain) {
            if let g = gender(ofNameAt: name.paragraph, from: name.tokens.lowerBound, to: name.tokens.upperBound) {
                found = g
                break
            }
        }
        genderCache[display] = .some(found)
        return found
    }

    /// What the article shows of a person's gender: title, first name, the pronoun after their cue.
    mutating func gender(ofNameAt p: Int, from start: Int, to end: Int) -> Gender? {
        if start > 0, frame.isWord(p, start - 1), let g = Gender(titleAt: p, start - 1, in: frame) { return g }
        for t in start..<end where frame.isWord(p, t) {
            if let g = Gender(titleAt: p, t, in: frame) { return g }
        }
        for t in start..<end where frame.isCapitalized(p, t) && !frame.word(p, t, in: Lexicon.titles) {
            if let g = Gender(firstNameAt: p, t, in: frame) { return g }
            break
        }
        // "Joan Pritchard, a nurse, said she …": the pronoun right after the name's own cue.
        // A name that is the object ("told Pulse Weekly that she") gives no evidence.
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
