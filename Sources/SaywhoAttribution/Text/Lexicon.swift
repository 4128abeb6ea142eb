import SaywhoCore

/// Word lists the attribution rules read. All entries are lower case; `’` is folded to `'`.
enum Lexicon {
    /// Verbs of saying, in every form news uses them.
    static let cueVerbs: WordSet = {
        let stems = [
            ("say", ["say", "says", "said", "saying"]), ("tell", ["tell", "tells", "told", "telling"]),
            ("add", ["add", "adds", "added", "adding"]), ("write", ["write", "writes", "wrote", "writing", "written"]),
            ("tweet", ["tweet", "tweets", "tweeted", "tweeting"]), ("post", ["posted", "posting"]),
            ("ask", ["ask", "asks", "asked", "asking"]), ("explain", ["explain", "explains", "explained", "explaining"]),
            ("note", ["note", "notes", "noted", "noting"]), ("state", ["states", "stated", "stating"]),
            ("declare", ["declare", "declares", "declared", "declaring"]), ("insist", ["insist", "insists", "insisted", "insisting"]),
            ("argue", ["argue", "argues", "argued", "arguing"]), ("claim", ["claim", "claims", "claimed", "claiming"]),
            ("continue", ["continued", "continues", "continuing"]), ("reply", ["reply", "replies", "replied", "replying"]),
            ("respond", ["respond", "responds", "responded", "responding"]), ("answer", ["answer", "answers", "answered", "answering"]),
            ("recall", ["recall", "recalls", "recalled", "recalling"]), ("warn", ["warn", "warns", "warned", "warning"]),
            ("acknowledge", ["acknowledge", "acknowledges", "acknowledged", "acknowledging"]),
            ("admit", ["admit", "admits", "admitted", "admitting"]), ("announce", ["announce", "announces", "announced", "announcing"]),
            ("observe", ["observed", "observes"]), ("remark", ["remarked", "remarks"]),
            ("suggest", ["suggest", "suggests", "suggested", "suggesting"]), ("urge", ["urge", "urges", "urged", "urging"]),
            ("concede", ["concede", "concedes", "conceded", "conceding"]), ("complain", ["complain", "complains", "complained", "complaining"]),
            ("joke", ["joked", "jokes", "joking"]), ("quip", ["quipped", "quips"]), ("predict", ["predict", "predicts", "predicted", "predicting"]),
            ("promise", ["promise", "promises", "promised", "promising"]), ("vow", ["vow", "vows", "vowed", "vowing"]),
            ("counter", ["countered", "counters"]), ("caution", ["cautioned", "cautions"]),
            ("emphasize", ["emphasized", "emphasizes", "emphasised", "emphasising", "emphasizing"]), ("stress", ["stressed", "stresses", "stressing"]),
            ("boast", ["boasted", "boasts", "boasting"]), ("lament", ["lamented", "laments", "lamenting"]), ("muse", ["mused", "muses"]),
            ("call", ["call", "calls", "called", "calling"]), ("describe", ["describe", "describes", "described", "describing"]),
            ("conclude", ["concluded", "concludes", "concluding"]), ("report", ["reported", "reports", "reporting"]),
            ("pledge", ["pledged", "pledges", "pledging"]), ("accuse", ["accused", "accuses", "accusing"]),
            ("assure", ["assured", "assures", "assuring"]), ("cite", ["cited", "cites", "citing"]),
            ("chant", ["chanted", "chants", "chanting"]), ("shout", ["shouted", "shouts", "shouting"]),
            ("blast", ["blasted", "blasts"]), ("read", ["reads"]), ("testify", ["testified", "testifies", "testifying"]),
            ("confirm", ["confirmed", "confirms", "confirming"]), ("deny", ["denied", "denies", "denying"]),
            ("reply", ["retorted", "retorts"]), ("whisper", ["whispered"]), ("yell", ["yelled"]), ("scream", ["screamed"]),
            ("exclaim", ["exclaimed"]), ("muse", ["wondered"]), ("agree", ["agreed", "agrees"]), ("recount", ["recounted", "recounts"]),
            ("describe", ["dubbed", "labeled", "labelled", "branded", "termed"]), ("proclaim", ["proclaimed", "proclaims"]),
            ("maintain", ["maintained", "maintains"]), ("charge", ["charged", "charges"]), ("allege", ["alleged", "alleges"]),
            ("thank", ["thanked"]), ("greet", ["greeted"]), ("begin", ["began"]), ("go", ["went"]), ("put", ["put"]),
            ("share", ["shared", "shares"]), ("reveal", ["revealed", "reveals"]), ("mention", ["mentioned"]),
            ("reiterate", ["reiterated", "reiterates"]), ("assert", ["asserted", "asserts", "asserting"]),
            ("boom", ["boomed"]), ("elaborate", ["elaborated"]), ("surmise", ["surmised"]), ("quote", ["quoted"]), ("mock", ["mocked", "mocks", "mocking"]),
            ("read", ["read"]), ("blame", ["blamed"]), ("praise", ["praised"]), ("scoff", ["scoffed"]),
            ("snap", ["snapped"]), ("demand", ["demanded", "demands"]), ("gush", ["gushed"]), ("rail", ["railed"]), ("interject", ["interjected"]), ("sigh", ["sighed"]),
            // Frequent in the train split's annotated cues, and general.
            ("remark", ["remarking"]), ("refer", ["referred", "referring", "refers"]), ("portray", ["portrayed", "portrays"]),
            ("denounce", ["denounced", "denounces"]), ("decry", ["decried", "decries"]), ("dismiss", ["dismissed"]),
            ("echo", ["echoed"]), ("vent", ["vented"]), ("press", ["pressed"]), ("email", ["emailed"]),
            ("remember", ["remembered"]), ("criticize", ["criticized", "criticised"]), ("express", ["expressed"]),
            ("issue", ["issued"]), ("release", ["released"]), ("publish", ["published"]),
            ("point out", ["pointed", "points"]), ("offer", ["offered"]), ("assert", ["asserted", "asserts"]),
            ("fire back", ["fired"]), ("slam", ["slammed", "slamming", "slams"]), ("question", ["questioned"]),
        ]
        return WordSet(stems.flatMap { $0.1 })
    }()

    /// Cue verbs that may stand before their subject (said Jane Roe: “…”).
    static let invertibleCues: WordSet = [
        "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued", "continues", "explained",
        "replied", "responded", "declared", "recalled", "noted", "argued", "tweeted", "read", "reads", "quipped", "joked",
    ]

    /// Words that may follow a cue inside a speech tag: audiences and prepositions.
    static let tagWords: WordSet = [
        "reporters", "me", "him", "her", "us", "them", "in", "on", "at", "during", "after", "before", "to", "of", "from",
        "while", "when", "as", "into", "over", "with", "about", "outside", "inside", "through", "via", "by", "back",
        "afterward", "afterwards", "recently", "then", "again", "too", "instead", "simply",
    ]

    /// Things that carry a statement rather than say it themselves.
    static let documentWords = WordSet(documentWordWords)
    private static let documentWordWords: [String] = [
        "statement", "release", "letter", "email", "e-mail", "post", "tweet", "video", "memo", "ad", "advertisement",
        "message", "note", "op-ed", "essay", "column", "interview", "speech", "remarks", "comments", "comment",
    ]

    /// Cue verbs that only mean saying when a quote is right beside them.
    static let weakCues: WordSet = ["began", "went", "put", "shared", "shares", "thanked", "greeted", "posted", "posting", "reads", "read"]

    /// Participles that take the sentence's subject: "…, saying “…”".
    static let participles: WordSet = [
        "saying", "adding", "telling", "writing", "noting", "arguing", "explaining", "calling", "declaring", "insisting",
        "claiming", "warning", "asking", "stating", "tweeting", "describing", "urging", "promising", "vowing", "citing",
        "suggesting", "accusing", "responding", "replying", "answering", "recalling", "admitting", "acknowledging",
        "complaining", "joking", "predicting", "continuing", "concluding", "pledging", "announcing", "stressing",
    ]

    /// Cue forms that are also plural nouns ("his tweets", "the claims").
    static let nounLikeCues: WordSet = [
        "tweets", "claims", "calls", "reports", "notes", "remarks", "answers", "states", "promises", "vows", "charges",
        "demands", "warnings", "questions", "replies", "posts", "comments", "statements", "says", "writes", "tweet",
        "call", "claim", "report", "note", "answer", "promise", "vow", "charge", "demand", "reply", "post", "quote",
    ]

    static let pronouns: WordSet = ["he", "she", "they", "i", "we", "it", "you"]

    /// Words allowed between a speaker and the cue verb ("Hale also said", "she has said").
    static let auxiliaries: WordSet = [
        "has", "have", "had", "was", "were", "is", "are", "also", "later", "then", "previously", "once", "again",
        "recently", "earlier", "repeatedly", "reportedly", "would", "will", "could", "might", "may", "never", "often",
        "even", "further", "simply", "just", "quickly", "flatly", "publicly", "privately", "bluntly", "angrily",
        "separately", "subsequently", "frequently", "famously", "ultimately", "initially", "finally", "first", "recently",
        "last", "week", "this", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "yesterday", "today", "tonight", "himself", "herself", "themselves", "had", "always", "not", "did", "does", "do",
        "who", "which", "already", "still", "immediately", "succinctly", "simply", "plainly", "candidly", "openly",
    ]

    /// Words that end a noun phrase when walking to it.
    static let npStops: WordSet = [
        "that", "and", "but", "or", "because", "when", "while", "as", "which", "who", "where", "if", "after", "before",
        "since", "although", "though", "so", "than", "whether", "then", "what", "how", "why", "said", "says", "told",
        "is", "was", "are", "were", "be", "been", "has", "have", "had", "not", "in", "on", "at", "by", "from", "into",
        "about", "during", "over", "under", "with", "without", "against", "like", "until", "through", "there", "here",
    ]

    /// Prepositions that never open a clause: a noun phrase right after one is its object, not
    /// a subject. ("after", "before", "since" and "like" also join clauses, so they are not here.)
    static let prepositions: WordSet = [
        "in", "on", "at", "of", "for", "with", "by", "from", "into", "onto", "about", "during", "over", "under",
        "against", "through", "to", "toward", "towards", "among", "between", "without", "within", "despite",
        "unlike", "than", "via", "upon", "beyond", "behind", "across", "around", "near",
    ]

    /// Prepositions that attach a phrase to the noun before them ("a spokeswoman for the campaign").
    static let nounPrepositions: WordSet = ["of", "for", "at", "with", "in", "from", "on", "by"]

    static let determiners: WordSet = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "one", "another", "some", "many", "several",
        "two", "three", "four", "five", "other", "both", "all", "most", "few", "this", "that", "these", "those", "each",
        "senior", "top", "no",
    ]

    /// Titles that go with a name (Sen. Jane Roe).
    static let titles: WordSet = [
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "adm.", "maj.", "prof.",
        "rev.", "sens.", "reps.", "president", "senator", "governor", "mayor", "secretary", "judge", "justice", "chairman",
        "chairwoman", "speaker", "representative", "minister", "prime", "vice", "attorney", "general", "sheriff", "chief",
        "director", "coach", "commissioner", "ambassador", "congressman", "congresswoman", "sir", "lady", "lord", "dame",
        "pope", "king", "queen", "prince", "princess", "former", "candidate", "nominee", "officer", "detective", "agent",
        "councillor", "councilor", "councilman", "councilwoman", "councilmember", "alderman", "alderwoman", "cllr", "cllr.",
        "assemblyman", "assemblywoman", "supervisor", "superintendent", "inspector", "constable", "magistrate", "provost",
        "dean", "bishop", "archbishop", "headteacher", "headmaster", "headmistress", "principal", "manager", "opposition", "rabbi", "imam", "father", "pastor", "chancellor", "premier", "leader",
    ]

    /// Job words that describe a person before or after their name ("campaign manager Jane Roe").
    static let roleWords = WordSet(roleWordWords)
    private static let roleWordWords: [String] = [
        "manager", "editor", "host", "co-host", "anchor", "founder", "co-founder", "executive", "president", "chairman",
        "secretary", "director", "strategist", "pollster", "economist", "professor", "historian", "analyst", "adviser",
        "advisor", "consultant", "spokesman", "spokeswoman", "spokesperson", "leader", "candidate", "nominee", "chief",
        "reporter", "correspondent", "columnist", "writer", "author", "commentator", "expert", "researcher", "scientist",
        "lawyer", "attorney", "activist", "organizer", "chair", "member", "head", "ceo", "cfo", "coo", "official", "aide",
        "mate", "wife", "husband", "daughter", "son", "mother", "father", "sister", "brother", "friend", "governor",
        "senator", "mayor", "congressman", "congresswoman", "representative", "delegate", "voter", "supporter", "critic",
        "veteran", "judge", "justice", "prosecutor", "officer", "commissioner", "minister", "ambassador", "partner",
        "owner", "investor", "chairwoman", "operative", "staffer", "director", "lawmaker", "speaker", "whip", "deputy",
        "moderator", "pollster", "prosecutor", "diplomat", "envoy", "negotiator", "organizer", "publisher",
    ]

    /// Role words and their plurals ("prosecutors", "commentators"), for heads of descriptions.
    static let roleWordsAndPlurals = WordSet(roleWordWords.flatMap { [$0, $0 + "s"] })

    /// Documents and their plurals ("ads", "letters"), which speak for whoever wrote them.
    static let documentWordsAndPlurals = WordSet(documentWordWords.flatMap { [$0, $0 + "s"] })

    /// Heads of noun phrases that name someone without naming them.
    static let unnamedHeads: WordSet = [
        "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
        // Poll answers speak as shares of people: "63 percent said", "a majority told pollsters".
        "percent", "majority", "respondents",
        "aide", "aides", "insider", "insiders", "person", "people", "friend", "friends", "adviser", "advisers", "advisor",
        "advisors", "staffer", "staffers", "representative", "representatives", "rep", "witness", "witnesses", "neighbor",
        "neighbour", "neighbors", "resident", "residents", "observer", "observers", "analyst", "analysts", "expert",
        "experts", "critic", "critics", "supporter", "supporters", "voter", "voters", "member", "members", "employee",
        "employees", "operative", "strategist", "strategists", "lawmaker", "lawmakers", "insiders", "associate", "associates",
        "relative", "relatives", "confidant", "pal", "publicist", "lawyer", "attorney", "attorneys", "lawyers", "someone",
        "protester", "protesters", "organizers", "officer", "officers", "official's", "family", "statement",
    ]

    /// Heads for people as a group or a crowd ("the crowd cried out", "the audience screamed back").
    static let groupHeads: WordSet = [
        "crowd", "audience", "crowds", "audiences", "protesters", "supporters", "delegates", "fans", "students", "marchers",
        "demonstrators", "room", "chamber", "panel", "jury", "group", "source", "official", "spokesman", "spokeswoman",
    ]

    /// Quantifiers that stand alone for people: "another wrote", "the two write", "many said".
    static let quantifierPronouns: WordSet = [
        "another", "others", "some", "many", "several", "both", "two", "three", "four", "five", "few", "most", "all",
    ]

    /// Words that make a name an organisation.
    static let organisationWords: WordSet = [
        "post", "times", "news", "journal", "campaign", "committee", "department", "ministry", "house", "council",
        "inc.", "corp.", "party", "agency", "association", "institute", "university", "foundation", "commission",
        "bureau", "office", "network", "tribune", "magazine", "press", "reuters", "cnn", "fox", "nbc", "abc", "cbs",
        "msnbc", "board", "court", "police", "government", "administration", "company", "group", "union", "senate",
        "congress", "organization", "organisation", "service", "center", "centre", "club", "coalition", "league",
        "federation", "newspaper", "paper", "outlet", "report", "poll", "study", "statement", "daily", "herald",
        "gazette", "guardian", "telegraph", "bbc", "ap", "afp", "tonight", "today", "politico", "axios", "breitbart",
        "website", "site", "blog", "tmz", "pac", "fund", "bank", "council", "school", "hospital", "team", "studio",
        "studios", "records", "label", "firm", "corporation", "llc", "ltd.", "co.", "nato", "fbi", "cia", "pentagon",
        "kremlin", "army", "navy", "military", "authority", "authorities", "parliament", "assembly", "cabinet",
        "trust", "ferries", "ltd", "plc", "gmbh", "llp", "holdings", "partners", "airlines", "airways", "railways",
        "railway", "society", "charity", "trust's", "council's", "inc", "corp", "co", "limited", "foundation's",
    ]

    /// Capitalised words that start sentences but do not start names.
    static let sentenceStarters: WordSet = [
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "after", "before", "when", "while", "if", "as", "for",
        "with", "without", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "it",
        "he", "she", "they", "we", "i", "you", "there", "here", "so", "yet", "still", "then", "now", "also", "however",
        "meanwhile", "later", "earlier", "since", "during", "despite", "although", "though", "because", "by", "from",
        "to", "of", "according", "asked", "speaking", "what", "who", "how", "why", "where", "one", "some", "many",
        "last", "next", "on", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "read", "like", "unlike", "even", "not", "no", "yes", "instead", "indeed", "both", "each", "every",
        "all", "most", "other", "another", "such", "first", "second", "third", "finally", "once", "just", "only",
        "moreover", "perhaps", "thus", "therefore", "nevertheless", "nonetheless", "across", "between", "among", "within",
        "given", "thanks", "there's", "that's", "here's", "what's", "besides", "furthermore", "amid", "early", "late",
    ]

    /// Words for the time of saying, allowed after a cue verb ("said Monday").
    static let timeWords: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
        "earlier", "later", "recently", "previously", "last", "this", "week", "month", "year", "morning", "afternoon",
        "evening", "night", "on", "in", "at", "during", "after", "before", "again", "then", "also", "once",
    ]
}
