/// The German word lists, one file each in `Resources/lexicon/de/`, embedded in the binary.
enum GermanLexicon {
    /// Sources named with a preposition: laut X, X zufolge.
    static let accordingTo = WordSet(lexicon: PackageResources.according_to_de_txt)
    /// Articles of a dative outlet after a speech tag: sagte sie der Rhein-Zeitung.
    static let dativeArticles = WordSet(lexicon: PackageResources.dative_articles_de_txt)
    /// Words that open a fronted phrase: the subject follows the verb (Dazu sagte sie).
    static let frontedWords = WordSet(lexicon: PackageResources.fronted_words_de_txt)
    /// Verbs of saying, as they stand in a speech tag.
    static let cueVerbs = WordSet(lexicon: PackageResources.cue_verbs_de_txt)
    /// Articles that open a noun phrase.
    static let determiners = WordSet(lexicon: PackageResources.determiners_de_txt)
    /// Titles of a woman (Frau).
    static let femaleTitles = WordSet(lexicon: PackageResources.female_titles_de_txt)
    /// Words for an interview.
    static let interviewWords = WordSet(lexicon: PackageResources.interview_words_de_txt)
    /// Titles of a man (Herr).
    static let maleTitles = WordSet(lexicon: PackageResources.male_titles_de_txt)
    /// Last words of an organisation's name.
    static let organisationWords = WordSet(lexicon: PackageResources.organisation_words_de_txt)
    /// Platforms a statement is posted on.
    static let platforms = WordSet(lexicon: PackageResources.platforms_de_txt)
    /// Statements given in writing or at an event.
    static let pressWords = WordSet(lexicon: PackageResources.press_words_de_txt)
    /// Pronouns that speak, with their gender (`male`, `female`).
    static let pronouns = LexiconFile.table(PackageResources.pronouns_de_txt)
    /// Roles; a compound that ends in one is a role too (`roleSuffix`).
    static let roles = LexiconFile.words(PackageResources.roles_de_txt)
    /// Titles before a name, not part of it.
    static let titles = WordSet(lexicon: PackageResources.titles_de_txt)

    /// The lists the speaker resolver reads.
    static let speakerWords = SpeakerWords(
        determiners: determiners, titles: titles, femaleTitles: femaleTitles, maleTitles: maleTitles, roles: roles,
        pronouns: pronouns, organisationWords: organisationWords, feminineSuffix: "in",
        organisationList: LexiconFile.words(PackageResources.organisation_words_de_txt), compounds: true,
        capitalisesNouns: true)
}
