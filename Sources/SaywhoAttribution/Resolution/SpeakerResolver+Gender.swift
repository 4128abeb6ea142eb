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
        switch pronoun {
        case "he", "his", "him", "himself": self = .male
        case "she", "her", "hers", "herself": self = .female
        default: return nil
        }
    }

    /// The gender a courtesy title or a gendered role word gives.
    init?(title: String) {
        guard let g = Gender.titles[title] else { return nil }
        self = g
    }

    /// Titles and role words that say a person's gender (looked up, not compared one by one).
    static let titles: [String: Gender] = {
        var map: [String: Gender] = [:]
        for w in [
            "mr.", "mr", "sir", "lord", "king", "prince", "congressman", "councilman", "alderman", "assemblyman",
            "chairman", "spokesman", "father", "brother", "son", "husband", "headmaster",
        ] { map[w] = .male }
        for w in [
            "ms.", "ms", "mrs.", "mrs", "miss", "lady", "dame", "queen", "princess", "congresswoman", "councilwoman",
            "alderwoman", "assemblywoman", "chairwoman", "spokeswoman", "mother", "sister", "daughter", "wife", "headmistress",
        ] { map[w] = .female }
        return map
    }()

    /// `titles` and `firstNames` by gender as word sets, asked about a frame's words without building them.
    static let maleTitles = WordSet(titles.filter { $0.value == .male }.keys)
    static let femaleTitles = WordSet(titles.filter { $0.value == .female }.keys)
    static let maleFirstNames = WordSet(firstNames.filter { $0.value == .male }.keys)
    static let femaleFirstNames = WordSet(firstNames.filter { $0.value == .female }.keys)

    /// `Gender(title: frame.lower(p, t))`, from the token's hash.
    init?(titleAt p: Int, _ t: Int, in frame: Frame) {
        guard let g = Gender.of(p, t, in: frame, male: Gender.maleTitles, female: Gender.femaleTitles) else { return nil }
        self = g
    }

    /// `Gender.firstNames[frame.lower(p, t)]`, from the token's hash.
    init?(firstNameAt p: Int, _ t: Int, in frame: Frame) {
        guard let g = Gender.of(p, t, in: frame, male: Gender.maleFirstNames, female: Gender.femaleFirstNames) else { return nil }
        self = g
    }

    /// The gender whose set holds word `t` (the two sets come from one dictionary: no word is in both).
    private static func of(_ p: Int, _ t: Int, in frame: Frame, male: WordSet, female: WordSet) -> Gender? {
        frame.word(p, t, in: male) ? .male : frame.word(p, t, in: female) ? .female : nil
    }

    /// Common first names whose bearers are mostly of one gender (lower case).
    static let firstNames: [String: Gender] = {
        var map: [String: Gender] = [:]
        for name in [
            "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher",
            "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian",
            "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan",
            "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "frank", "alexander", "raymond",
            "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary",
            "peter", "kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl",
            "terry", "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "joe", "jordan", "billy", "bruce",
            "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent",
            "russell", "elijah", "louis", "bobby", "philip", "johnny", "bernie", "bill", "mike", "tom", "tim", "jim", "bob",
            "ted", "marco", "mitch", "barack", "hillary's", "rudy", "newt", "jeb", "chris", "ben", "rand", "lindsey's",
            "owen", "marcus", "derek", "tomas", "graham", "danny", "sam", "omar", "ian", "hugh", "liam", "oliver", "harry",
            "kanye", "vladimir", "xi", "boris", "emmanuel", "justin", "pete", "ron", "dick", "al", "elon", "jared", "eli",
        ] { map[name] = .male }
        for name in [
            "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
            "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "dorothy", "carol",
            "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "shirley",
            "angela", "helen", "anna", "brenda", "pamela", "nicole", "emma", "samantha", "katherine", "christine", "debra",
            "rachel", "catherine", "carolyn", "janet", "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce",
            "victoria", "olivia", "kelly", "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea",
            "hannah", "martha", "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean",
            "alice", "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
            "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte", "rose",
            "alexis", "kayla", "hillary", "kim", "melania", "ivanka", "sarah", "nikki", "carly", "elizabeth", "kellyanne",
            "delia", "priya", "marisol", "anita", "carla", "ellen", "ada", "ida", "lena", "nia", "pia", "ruth", "nadia",
            "angela", "theresa", "nicola", "kamala", "nancy", "condoleezza", "madeleine", "huma", "loretta", "debbie",
        ] { map[name] = .female }
        return map
    }()
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
