import SaywhoCore

/// The English word lists the rules read, one file each in `Resources/lexicon/en/`,
/// embedded in the binary: all entries lower case, `’` folded to `'`.
enum Lexicon {
    /// Abbreviations whose full stop ends no sentence (lower case, with the stop).
    static let abbreviations = WordSet(lexicon: PackageResources.abbreviations_en_txt)
    /// Articles.
    static let articles = WordSet(lexicon: PackageResources.articles_en_txt)
    /// Verbs of “As X put it, …”.
    static let asXPutItVerbs = WordSet(lexicon: PackageResources.as_x_put_it_verbs_en_txt)
    /// Words after “told” that are an audience, not an outlet.
    static let audienceWords = WordSet(lexicon: PackageResources.audience_words_en_txt)
    /// Words allowed between a speaker and the cue verb (“Hale also said”, “she has said”).
    static let auxiliaries = WordSet(lexicon: PackageResources.auxiliaries_en_txt)
    /// Broadcasters; a name that starts with one is a broadcast channel.
    static let broadcasterPrefixes = LexiconFile.words(PackageResources.broadcasters_en_txt)
    /// Words that start a new clause, with its own speaker.
    static let clauseBreaks = WordSet(lexicon: PackageResources.clause_breaks_en_txt)
    /// Words that open a clause inside a sentence; the subject of that clause comes right after.
    static let clauseOpeners = WordSet(lexicon: PackageResources.clause_openers_en_txt)
    /// Pronouns that open a clause and never speak themselves.
    static let clausePronouns = WordSet(lexicon: PackageResources.clause_pronouns_en_txt)
    /// Words that present a speaker before a colon (“Here's Brook:”, “More from the report:”).
    static let colonPresenters = WordSet(lexicon: PackageResources.colon_presenters_en_txt)
    /// Words after “court” that make a court filing.
    static let courtDocuments = WordSet(lexicon: PackageResources.court_documents_en_txt)
    /// Verbs of saying, in every form news uses them.
    static let cueVerbs = WordSet(lexicon: PackageResources.cue_verbs_en_txt)
    /// Prepositions inside a description of a person (“a narrator in the ad”).
    static let descriptionPrepositions = WordSet(lexicon: PackageResources.description_prepositions_en_txt)
    /// Determiners and quantifying adjectives that open a description.
    static let determiners = WordSet(lexicon: PackageResources.determiners_en_txt)
    /// Channels that a statement goes through rather than a platform: weaker evidence.
    static let documentChannels = WordSet(lexicon: PackageResources.document_channels_en_txt)
    /// Things that carry a statement rather than say it themselves; their plurals are derived.
    static let documentWords = WordSet(lexicon: PackageResources.documents_en_txt)
    /// First names whose bearers are mostly women.
    static let femaleFirstNames = WordSet(lexicon: PackageResources.female_first_names_en_txt)
    /// First names more often given to girls, too evenly shared to name anyone by.
    static let femaleLeaningFirstNames = WordSet(lexicon: PackageResources.female_leaning_first_names_en_txt)
    /// Pronouns of a woman.
    static let femalePronouns = WordSet(lexicon: PackageResources.female_pronouns_en_txt)
    /// Courtesy titles and role words that say a person is a woman.
    static let femaleTitles = WordSet(lexicon: PackageResources.female_titles_en_txt)
    /// Heads for people as a group or a crowd (“the crowd cried out”).
    static let groupHeads = WordSet(lexicon: PackageResources.group_heads_en_txt)
    /// Indefinite articles.
    static let indefiniteArticles = WordSet(lexicon: PackageResources.indefinite_articles_en_txt)
    /// Determiners that introduce someone new (“a source”, “one aide”).
    static let indefiniteDeterminers = WordSet(lexicon: PackageResources.indefinite_determiners_en_txt)
    /// Prepositions between an interview and its outlet.
    static let interviewPrepositions = WordSet(lexicon: PackageResources.interview_prepositions_en_txt)
    /// Words for an interview.
    static let interviewWords = WordSet(lexicon: PackageResources.interview_words_en_txt)
    /// Verbs that introduce a statement given elsewhere (“took to Instagram”, “issued a statement”).
    static let introVerbs = WordSet(lexicon: PackageResources.intro_verbs_en_txt)
    /// Cue verbs that may stand before their subject: said Jane Roe: “…”.
    static let invertibleCues = WordSet(lexicon: PackageResources.invertible_cues_en_txt)
    /// First names whose bearers are mostly men.
    static let maleFirstNames = WordSet(lexicon: PackageResources.male_first_names_en_txt)
    /// First names more often given to boys, too evenly shared to name anyone by.
    static let maleLeaningFirstNames = WordSet(lexicon: PackageResources.male_leaning_first_names_en_txt)
    /// Pronouns of a man.
    static let malePronouns = WordSet(lexicon: PackageResources.male_pronouns_en_txt)
    /// Courtesy titles and role words that say a person is a man.
    static let maleTitles = WordSet(lexicon: PackageResources.male_titles_en_txt)
    /// Month names and their abbreviations, for datelines.
    static let months = WordSet(lexicon: PackageResources.months_en_txt)
    /// Lower-case words inside an outlet's name (“Bank of Calder”, “Smith and Sons”).
    static let nameJoiners = WordSet(lexicon: PackageResources.name_joiners_en_txt)
    /// Particles inside a name (“Ruth van Dam”, “Omar bin Said”).
    static let nameParticles = WordSet(lexicon: PackageResources.name_particles_en_txt)
    /// Participles that name a thing rather than report speech when they follow a noun (“a book called “…””).
    static let namingVerbs = WordSet(lexicon: PackageResources.naming_verbs_en_txt)
    /// Heads of phrases that never speak (“one point”, “this time”).
    static let nonSpeakerHeads = WordSet(lexicon: PackageResources.non_speaker_heads_en_txt)
    /// Last words of newspapers' and broadcasters' names (Chronicle, Weekly, FM).
    static let outletWords = WordSet(lexicon: PackageResources.outlet_words_en_txt)
    /// First or last words that make a capitalised name a place or a thing (Port, Bridge, Tower).
    static let placeWords = WordSet(lexicon: PackageResources.place_words_en_txt)
    /// Documents a statement is made in, read with the words before them (a note to clients).
    static let channelDocuments = WordSet(lexicon: PackageResources.channel_documents_en_txt)
    /// Cue forms that are also nouns (“his tweets”, “the claims”).
    static let nounLikeCues = WordSet(lexicon: PackageResources.noun_like_cues_en_txt)
    /// Prepositions that attach a phrase to the noun before them (“a spokeswoman for the campaign”).
    static let nounPrepositions = WordSet(lexicon: PackageResources.noun_prepositions_en_txt)
    /// Words after a capitalised word that show it is a verb, not a name (“Check out …”).
    static let openingVerbFollowers = WordSet(lexicon: PackageResources.opening_verb_followers_en_txt)
    /// Words that make a name an organisation.
    static let organisationWords = WordSet(lexicon: PackageResources.organisation_words_en_txt)
    /// Outlets and programmes whose names have no organisation word.
    static let outlets = WordSet(lexicon: PackageResources.outlets_en_txt)
    /// Participles that take the sentence's subject: “…, saying “…”.
    static let participles = WordSet(lexicon: PackageResources.participles_en_txt)
    /// Party words that head a description (“a Republican of Calder”).
    static let partyWords = WordSet(lexicon: PackageResources.party_words_en_txt)
    /// Possessive determiners of people.
    static let personPossessives = WordSet(lexicon: PackageResources.person_possessives_en_txt)
    /// Subject pronouns of people.
    static let personPronouns = WordSet(lexicon: PackageResources.person_pronouns_en_txt)
    /// Words that end a noun phrase when walking to it.
    static let npStops = WordSet(lexicon: PackageResources.phrase_stops_en_txt)
    /// Prepositions before a platform or broadcaster (“on CNN”, “to X”).
    static let platformPrepositions = WordSet(lexicon: PackageResources.platform_prepositions_en_txt)
    /// Possessive determiners.
    static let possessiveDeterminers = WordSet(lexicon: PackageResources.possessive_determiners_en_txt)
    /// Prepositions that never open a clause: a noun phrase right after one is its object.
    static let prepositions = WordSet(lexicon: PackageResources.prepositions_en_txt)
    /// Press events.
    static let pressEvents = WordSet(lexicon: PackageResources.press_events_en_txt)
    /// Words before a press event (“press release”, “news conference”).
    static let pressWords = WordSet(lexicon: PackageResources.press_words_en_txt)
    /// Pronouns that can be a speaker mention.
    static let pronouns = WordSet(lexicon: PackageResources.pronouns_en_txt)
    /// Quantifiers that stand alone for people: “another wrote”, “the two write”.
    static let quantifierPronouns = WordSet(lexicon: PackageResources.quantifiers_en_txt)
    /// Days named from today.
    static let relativeDays = WordSet(lexicon: PackageResources.relative_days_en_txt)
    /// Relative pronouns that open a clause about the noun before them.
    static let relativePronouns = WordSet(lexicon: PackageResources.relative_pronouns_en_txt)
    /// Verbs of reporting whose subject owns the words quoted in their complement.
    static let reportingVerbs = WordSet(lexicon: PackageResources.reporting_verbs_en_txt)
    /// Prepositions that go on from a role word (“spokeswoman for the council”).
    static let rolePrepositions = WordSet(lexicon: PackageResources.role_prepositions_en_txt)
    /// Job and kinship words that describe a person before or after their name; plurals are derived.
    static let roleWords = WordSet(lexicon: PackageResources.roles_en_txt)
    /// Connectors and adverbs that may open a sentence before its subject.
    static let sentenceConnectors = WordSet(lexicon: PackageResources.sentence_connectors_en_txt)
    /// Capitalised words that start sentences but do not start names.
    static let sentenceStarters = WordSet(lexicon: PackageResources.sentence_starters_en_txt)
    /// Nouns of speech whose owner said the words: “Hale's claim that there were “…””.
    static let speechNouns = WordSet(lexicon: PackageResources.speech_nouns_en_txt)
    /// Words that may follow a cue inside a speech tag: audiences and prepositions.
    static let tagWords = WordSet(lexicon: PackageResources.tag_words_en_txt)
    /// Forms of “tell”, which name an outlet after them.
    static let tellingVerbs = WordSet(lexicon: PackageResources.telling_verbs_en_txt)
    /// Words for the time of saying, allowed after a cue verb (“said Monday”).
    static let timeWords = WordSet(lexicon: PackageResources.time_words_en_txt)
    /// Titles that go with a name (Sen. Jane Roe), with their full stops.
    static let titles = WordSet(lexicon: PackageResources.titles_en_txt)
    /// Heads of noun phrases that name someone without naming them (“a source”, “63 percent”).
    static let unnamedHeads = WordSet(lexicon: PackageResources.unnamed_heads_en_txt)
    /// Words that join two verbs of one subject.
    static let verbCoordinators = WordSet(lexicon: PackageResources.verb_coordinators_en_txt)
    /// Particles that go with a verb of saying (“shot back”, “cried out”).
    static let verbParticles = WordSet(lexicon: PackageResources.verb_particles_en_txt)
    /// Cue verbs that only mean saying when a quote is right beside them.
    static let weakCues = WordSet(lexicon: PackageResources.weak_cues_en_txt)
    /// Days of the week.
    static let weekdays = WordSet(lexicon: PackageResources.weekdays_en_txt)
    /// Words before a Title Case quote that make it the name of a work (“in his book, “…””).
    static let workIntroducers = WordSet(lexicon: PackageResources.work_introducers_en_txt)

    /// Weekdays and the days named from today ("said Monday", "said yesterday").
    static let weekdaysAndRelativeDays = WordSet(
        LexiconFile.words(PackageResources.weekdays_en_txt) + LexiconFile.words(PackageResources.relative_days_en_txt))

    /// Every word that can start a channel: the platforms and the words the channel search looks at.
    static let channelTriggers = WordSet(
        Array(platforms.keys) + LexiconFile.words(PackageResources.telling_verbs_en_txt)
            + LexiconFile.words(PackageResources.interview_words_en_txt)
            + LexiconFile.words(PackageResources.platform_prepositions_en_txt) + ["x", "court"]
            + LexiconFile.words(PackageResources.channel_documents_en_txt)  // compared word by word in ChannelFinder.search
            + LexiconFile.words(PackageResources.press_words_en_txt))

    /// Possessive determiners of people and the subject pronouns they point back like (his = he).
    static let possessivePronouns = LexiconFile.table(PackageResources.possessive_pronouns_en_txt)

    /// Channel names by the word that names them: `platforms.en.txt`.
    static let platforms = LexiconFile.table(PackageResources.platforms_en_txt)

    /// Role words and their plurals (“prosecutors”, “commentators”), for heads of descriptions.
    static let roleWordsAndPlurals = WordSet(LexiconFile.words(PackageResources.roles_en_txt).flatMap { [$0, $0 + "s"] })

    /// Documents and their plurals (“ads”, “letters”), which speak for whoever wrote them.
    static let documentWordsAndPlurals = WordSet(LexiconFile.words(PackageResources.documents_en_txt).flatMap { [$0, $0 + "s"] })
}
