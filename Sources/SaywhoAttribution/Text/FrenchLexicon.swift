/// The French word lists, one file each in `Resources/lexicon/fr/`, embedded in the binary.
enum FrenchLexicon {
    /// Auxiliaries before a participle cue (a déclaré).
    static let auxiliaries = WordSet(lexicon: PackageResources.auxiliaries_fr_txt)
    /// Verbs of saying in a speech tag.
    static let cueVerbs = WordSet(lexicon: PackageResources.cue_verbs_fr_txt)
    /// Articles that open a noun phrase.
    static let determiners = WordSet(lexicon: PackageResources.determiners_fr_txt)
    /// Titles and articles of a woman (Mme, la).
    static let femaleTitles = WordSet(lexicon: PackageResources.female_titles_fr_txt)
    /// Titles and articles of a man (M., le).
    static let maleTitles = WordSet(lexicon: PackageResources.male_titles_fr_txt)
    /// Words that make a speaker an organisation.
    static let organisationWords = WordSet(lexicon: PackageResources.organisation_words_fr_txt)
    /// Platforms a statement is posted on.
    static let platforms = WordSet(lexicon: PackageResources.platforms_fr_txt)
    /// Statements given in writing.
    static let pressWords = WordSet(lexicon: PackageResources.press_words_fr_txt)
    /// Lower-case words inside an outlet's name.
    static let nameJoiners = WordSet(lexicon: PackageResources.name_joiners_fr_txt)
    /// Pronouns that speak, with their gender.
    static let pronouns = LexiconFile.table(PackageResources.pronouns_fr_txt)
    /// Roles before a name or instead of it.
    static let roles = LexiconFile.words(PackageResources.roles_fr_txt)
    static let roleSet = WordSet(roles)
    /// Titles before a name, not part of it.
    static let titles = WordSet(lexicon: PackageResources.titles_fr_txt)

    /// The lists the speaker resolver reads.
    static let speakerWords = SpeakerWords(
        determiners: determiners, titles: titles, femaleTitles: femaleTitles, maleTitles: maleTitles, roles: roles,
        pronouns: pronouns, organisationWords: organisationWords, feminineSuffix: nil, nameJoiners: nameJoiners)

    /// What the shared Romance rules read for French.
    static let romance = RomanceWords(
        pronouns: pronouns, determiners: determiners, roles: roleSet, organisationWords: organisationWords, titles: titles,
        cueVerbs: cueVerbs, auxiliaries: auxiliaries,
        accordingTo: WordSet(lexicon: PackageResources.according_to_fr_txt),
        nameParticles: WordSet(lexicon: PackageResources.name_particles_fr_txt),
        roleComplements: WordSet(lexicon: PackageResources.role_complements_fr_txt),
        relatives: WordSet(lexicon: PackageResources.relatives_fr_txt), elides: true, invertsPronouns: true,
        tagAfter: .frenchTagAfter, cueBefore: .frenchCueBefore, source: .frenchSelon, droppedSubject: nil)

    /// What the shared Romance channel reader reads for French.
    static let channelWords = RomanceChannelWords(
        pressWords: pressWords, pressEvents: LexiconFile.words(PackageResources.press_events_fr_txt), platforms: platforms,
        platformPrepositions: WordSet(lexicon: PackageResources.platform_prepositions_fr_txt),
        outletOpeners: LexiconFile.words(PackageResources.outlet_openers_fr_txt),
        outletPrepositions: WordSet(lexicon: PackageResources.outlet_prepositions_fr_txt), outletJoiners: nameJoiners)
}
