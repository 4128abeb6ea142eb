/// What kind of source a speaker is.
public enum SpeakerKind: String, Hashable, Sendable, Codable, CaseIterable {
    case person
    case organisation
    /// "a source", "officials", "a person familiar with the matter".
    case unnamed
}

/// Someone quoted: one canonical name and every way the text refers to them.
public struct Speaker: Hashable, Sendable, Identifiable {
    /// The canonical name folded to lower case; unique within a corpus.
    public var id: String
    public var name: String
    /// Distinct names used for this speaker, canonical name first; pronouns are not aliases.
    public var aliases: [String]
    public var kind: SpeakerKind
    /// For unnamed sources, the article they belong to: "a source" in one article is not "a source" in another.
    public var articleID: String?

    public init(name: String, aliases: [String] = [], kind: SpeakerKind) {
        self.init(id: Speaker.id(for: name), name: name, aliases: aliases, kind: kind)
    }

    /// The same, for a caller that has the id already (`Speaker.id(for: name)`).
    public init(id: String, name: String, aliases: [String], kind: SpeakerKind) {
        self.id = id
        self.name = name
        var all = [name]
        for alias in aliases where !all.contains(where: { Speaker.sameIgnoringCase($0, alias) }) {
            all.append(alias)
        }
        self.aliases = all
        self.kind = kind
    }

    /// The id a canonical name gets.
    public static func id(for name: String) -> String { name.asciiLowercased() ?? name.lowercased() }

    /// True when `query` equals one of the aliases, ignoring case.
    public func matches(alias query: String) -> Bool {
        aliases.contains { Speaker.sameIgnoringCase($0, query) }
    }

    /// Case-insensitive equality without Foundation's locale-aware comparison (slow per call).
    static func sameIgnoringCase(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && (a == b || a.lowercased() == b.lowercased())
    }
}
