/// The word lists `ListedSpeakerResolver` reads for one language.
struct SpeakerWords: Sendable {
    /// Articles that open a noun phrase.
    var determiners: WordSet
    /// Titles before a name, not part of it (Dr., Frau, Mme).
    var titles: WordSet
    /// Titles and articles that say the person is a woman or a man (Frau, Mme, la; Herr, M., le).
    var femaleTitles: WordSet
    var maleTitles: WordSet
    /// Roles before a name or instead of it; a compound that ends in one is a role too.
    var roles: [String]
    /// Pronouns that speak, with their gender (`male`, `female`).
    var pronouns: [String: String]
    /// First or last words of an organisation's name.
    var organisationWords: WordSet
    /// The ending that makes a role a woman's (German Ministerin), if the language has one.
    var feminineSuffix: String?
    /// True when the language writes compounds as one word, so that a word ending in an
    /// organisation word is one too (Wasserschutzpolizei).
    var compounds: Bool
    /// True when a person's first surname stands for the whole name, as in Spanish (`Prieto` for
    /// Ignacio Prieto Villalba, `Méndez` for Alberto Méndez Soler).
    var compoundSurnames: Bool
    /// Particles inside a name between capitalised words (`de`, `del`, `de la`: Javier Ruiz del
    /// Pino, Anne de la Roche); empty for a language whose names have none.
    var nameJoiners: WordSet
    /// True when the language capitalises every noun (German), so that two capitalised words
    /// opening a sentence need not be a name.
    var capitalisesNouns: Bool

    let roleSet: WordSet

    init(
        determiners: WordSet, titles: WordSet, femaleTitles: WordSet, maleTitles: WordSet, roles: [String],
        pronouns: [String: String], organisationWords: WordSet, feminineSuffix: String?, organisationList: [String] = [],
        compounds: Bool = false, compoundSurnames: Bool = false, nameJoiners: WordSet = WordSet([]),
        capitalisesNouns: Bool = false
    ) {
        self.determiners = determiners
        self.titles = titles
        self.femaleTitles = femaleTitles
        self.maleTitles = maleTitles
        self.roles = roles
        self.pronouns = pronouns
        self.organisationWords = organisationWords
        self.feminineSuffix = feminineSuffix
        self.compounds = compounds
        self.compoundSurnames = compoundSurnames
        self.nameJoiners = nameJoiners
        self.capitalisesNouns = capitalisesNouns
        self.organisationList = organisationList
        self.roleSet = WordSet(roles)
    }

    /// The organisation words as a list, for the compounds that end in one.
    let organisationList: [String]

    /// True when `lower` is an organisation word, or a compound ending in one where the language makes them.
    func isOrganisation(_ lower: String) -> Bool {
        organisationWords.contains(lower) || compounds && organisationList.contains { $0.utf8.count >= 5 && lower.hasSuffix($0) }
    }

    /// True when `lower` is a role or a compound that ends in one (Umweltministerin).
    func isRole(_ lower: String) -> Bool {
        role(in: lower) != nil
    }

    /// The role `lower` is or ends in, for matching "die Ministerin" to "Umweltministerin Eva Brandtner".
    func role(in lower: String) -> String? {
        if roleSet.contains(lower) { return lower }
        return roles.filter { $0.utf8.count >= 4 && lower.hasSuffix($0) }.max { $0.utf8.count < $1.utf8.count }
    }
}
