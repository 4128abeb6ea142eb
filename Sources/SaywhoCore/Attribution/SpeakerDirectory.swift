/// The speakers of an article or a corpus, merged by canonical name.
public struct SpeakerDirectory: Sendable {
    private var index: [String: Int] = [:]
    public private(set) var speakers: [Speaker] = []

    public init() {}

    /// Adds a mention of the speaker `name` and returns the speaker's id.
    @discardableResult
    public mutating func add(name: String, alias: String, kind: SpeakerKind) -> String {
        let id = Speaker.id(for: name)
        let lowered = alias.lowercased()
        let alias = Lexicon.pronouns.contains(lowered) || ["his", "her", "their"].contains(lowered) ? nil : alias
        if let i = index[id] {
            if let alias, !speakers[i].matches(alias: alias) { speakers[i].aliases.append(alias) }
            return id
        }
        index[id] = speakers.count
        var aliases = alias.map { [$0] } ?? []
        // utf8.contains: String.contains(String) goes through Foundation and is slow per call.
        if kind == .person, name.utf8.contains(32), let surname = name.splitBySpace().last, surname.count > 1 {
            aliases.append(String(surname))
        }
        speakers.append(Speaker(name: name, aliases: aliases, kind: kind))
        return id
    }

    /// Merges a speaker from another article, keeping every alias.
    public mutating func merge(_ speaker: Speaker) {
        if let i = index[speaker.id] {
            for alias in speaker.aliases where !speakers[i].matches(alias: alias) { speakers[i].aliases.append(alias) }
        } else {
            index[speaker.id] = speakers.count
            speakers.append(speaker)
        }
    }

    public subscript(id: String) -> Speaker? { index[id].map { speakers[$0] } }
}
