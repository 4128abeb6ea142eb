import SaywhoCore

/// What the shared Romance rules read for one language (French, Spanish): its word lists, the
/// few things its grammar does its own way, and the `RuleID`s its findings carry. Adding such a
/// language is a folder of word lists and one of these, not new rules.
struct RomanceWords: Sendable {
    /// Pronouns that speak, with their gender (il, elle; él, ella).
    var pronouns: [String: String]
    /// Articles and possessives that open a noun phrase.
    var determiners: WordSet
    /// Roles before a name or instead of it (la ministre, el concejal).
    var roles: WordSet
    /// Nouns that make a speaker an organisation (la mairie, el ayuntamiento).
    var organisationWords: WordSet
    /// Titles before a name, not part of it (Mme, Sr.).
    var titles: WordSet
    /// Verbs of saying in a speech tag.
    var cueVerbs: WordSet
    /// Auxiliaries and clitics before a cue (a déclaré; ha dicho, se despidió).
    var auxiliaries: WordSet
    /// Words that name a source for the whole sentence (selon, d'après; según).
    var accordingTo: WordSet
    /// Lower-case particles inside a person's name (Anne de la Roche, Ruiz del Pino, Ortega y Gasset).
    var nameParticles: WordSet
    /// Words that open the complement of a role (le président du club, l'adjointe au commerce).
    var roleComplements: WordSet
    /// Words that open an aside between the subject and its verb (qui, que; que, quien).
    var relatives: WordSet
    /// True when articles elide into the noun (l'adjointe, l'opposition), as in French.
    var elides: Bool
    /// True when the pronoun can stand inside the verb (a-t-il, témoigne-t-elle), as in French.
    var invertsPronouns: Bool
    /// The rules a finding names; `droppedSubject` is nil for a language whose tags keep their
    /// subject, and names the rule of a tag that leaves it out (aseguró emocionado), as in Spanish.
    var tagAfter: RuleID
    var cueBefore: RuleID
    var source: RuleID
    var droppedSubject: RuleID?

    /// The noun inside an elided article's token (`l'adjointe` → adjointe), or nil.
    func elided(_ lower: String) -> Substring? {
        guard elides, lower.hasPrefix("l'") || lower.hasPrefix("d'"), lower.utf8.count > 3 else { return nil }
        return lower.dropFirst(2)
    }
}
