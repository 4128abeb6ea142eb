/// The Spanish word lists, one file each in `Resources/lexicon/es/`, embedded in the binary.
enum SpanishLexicon {
    /// Auxiliaries before a participle cue (ha dicho).
    static let auxiliaries = WordSet(lexicon: PackageResources.auxiliaries_es_txt)
    /// Verbs that introduce an interview with an outlet (habla con el Heraldo del Valle).
    static let interviewVerbs = WordSet(lexicon: PackageResources.interview_verbs_es_txt)
    /// Verbs of saying in a speech tag.
    static let cueVerbs = WordSet(lexicon: PackageResources.cue_verbs_es_txt)
    /// Articles that open a noun phrase.
    static let determiners = WordSet(lexicon: PackageResources.determiners_es_txt)
    /// Titles and articles of a woman (Sra., la).
    static let femaleTitles = WordSet(lexicon: PackageResources.female_titles_es_txt)
    /// Titles and articles of a man (Sr., el).
    static let maleTitles = WordSet(lexicon: PackageResources.male_titles_es_txt)
    /// Words that make a speaker an organisation.
    static let organisationWords = WordSet(lexicon: PackageResources.organisation_words_es_txt)
    /// Platforms a statement is posted on.
    static let platforms = WordSet(lexicon: PackageResources.platforms_es_txt)
    /// Statements given in writing.
    static let pressWords = WordSet(lexicon: PackageResources.press_words_es_txt)
    /// Lower-case words inside an outlet's name.
    static let nameJoiners = WordSet(lexicon: PackageResources.name_joiners_es_txt)
    /// Pronouns that speak, with their gender.
    static let pronouns = LexiconFile.table(PackageResources.pronouns_es_txt)
    /// Roles before a name or instead of it.
    static let roles = LexiconFile.words(PackageResources.roles_es_txt)
    static let roleSet = WordSet(roles)
    /// Titles before a name, not part of it.
    static let titles = WordSet(lexicon: PackageResources.titles_es_txt)

    /// The lists the speaker resolver reads.
    static let speakerWords = SpeakerWords(
        determiners: determiners, titles: titles, femaleTitles: femaleTitles, maleTitles: maleTitles, roles: roles,
        pronouns: pronouns, organisationWords: organisationWords, feminineSuffix: nil, compoundSurnames: true,
        nameJoiners: nameJoiners)

    /// What the shared Romance rules read for Spanish.
    static let romance = RomanceWords(
        pronouns: pronouns, determiners: determiners, roles: roleSet, organisationWords: organisationWords, titles: titles,
        cueVerbs: cueVerbs, auxiliaries: auxiliaries,
        accordingTo: WordSet(lexicon: PackageResources.according_to_es_txt),
        nameParticles: WordSet(lexicon: PackageResources.name_particles_es_txt),
        roleComplements: WordSet(lexicon: PackageResources.role_complements_es_txt),
        relatives: WordSet(lexicon: PackageResources.relatives_es_txt), elides: false, invertsPronouns: false,
        tagAfter: .spanishTagAfter, cueBefore: .spanishCueBefore, source: .spanishSegun, droppedSubject: .spanishDroppedSubject)

    /// What the shared Romance channel reader reads for Spanish.
    static let channelWords = RomanceChannelWords(
        pressWords: pressWords, pressEvents: LexiconFile.words(PackageResources.press_events_es_txt), platforms: platforms,
        platformPrepositions: WordSet(lexicon: PackageResources.platform_prepositions_es_txt),
        outletOpeners: LexiconFile.words(PackageResources.outlet_openers_es_txt),
        outletPrepositions: WordSet(lexicon: PackageResources.outlet_prepositions_es_txt), outletJoiners: nameJoiners)
}
