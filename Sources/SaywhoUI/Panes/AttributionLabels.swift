import SaywhoCore

/// The attribution pane's field names and speaker kinds in an article's language: a German
/// article's quote shows `Sprecher`, `Kanal`, `Verb`, `Beleg`; a language without a table of
/// its own shows English.
struct AttributionLabels: Sendable, Equatable {
    var speaker: String
    var mention: String
    var kind: String
    var channel: String
    var cue: String
    var confidence: String
    var evidence: String
    var why: String
    /// The kinds of speaker: a person, an organisation, an unnamed source.
    var person: String
    var organisation: String
    var unnamed: String
    /// Shown for a quote with no speaker.
    var unattributed: String

    static let english = AttributionLabels(
        speaker: "Speaker", mention: "As", kind: "Kind", channel: "Channel", cue: "Cue", confidence: "Confidence",
        evidence: "Evidence", why: "Why", person: "person", organisation: "organisation", unnamed: "unnamed source",
        unattributed: "unattributed")

    static let german = AttributionLabels(
        speaker: "Sprecher", mention: "Als", kind: "Art", channel: "Kanal", cue: "Verb", confidence: "Sicherheit",
        evidence: "Beleg", why: "Warum", person: "Person", organisation: "Organisation", unnamed: "ungenannte Quelle",
        unattributed: "niemandem zugeschrieben")

    static let french = AttributionLabels(
        speaker: "Locuteur", mention: "Comme", kind: "Type", channel: "Canal", cue: "Verbe", confidence: "Confiance",
        evidence: "Preuve", why: "Pourquoi", person: "personne", organisation: "organisation", unnamed: "source anonyme",
        unattributed: "non attribuée")

    static let spanish = AttributionLabels(
        speaker: "Hablante", mention: "Como", kind: "Tipo", channel: "Canal", cue: "Verbo", confidence: "Confianza",
        evidence: "Evidencia", why: "Por qué", person: "persona", organisation: "organización", unnamed: "fuente anónima",
        unattributed: "sin atribuir")

    static let japanese = AttributionLabels(
        speaker: "発言者", mention: "表記", kind: "種別", channel: "媒体", cue: "述語", confidence: "確度", evidence: "根拠",
        why: "理由", person: "人物", organisation: "組織", unnamed: "匿名の情報源", unattributed: "発言者不明")

    /// The labels for an article in `language`: English for a language without a table.
    static func `for`(_ language: Language) -> AttributionLabels {
        switch language {
        case .german: .german
        case .french: .french
        case .spanish: .spanish
        case .japanese: .japanese
        default: .english
        }
    }

    /// The label of a speaker's kind.
    func label(of kind: SpeakerKind) -> String {
        switch kind {
        case .person: person
        case .organisation: organisation
        case .unnamed: unnamed
        }
    }
}
