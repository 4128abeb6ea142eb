/// The speakers of an article or a corpus, merged by canonical name.
public struct SpeakerDirectory: Sendable {
    /// Speakers by id, built once the directory outgrows a short scan: an article has a handful
    /// of speakers, which a scan of their ids finds sooner than a hashed String, a corpus thousands.
    private var index: [String: Int] = [:]
    public private(set) var speakers: [Speaker] = []
    private static let scanLimit = 16

    public init() {}

    /// The position of the speaker with `id` (ids are unique).
    private func position(of id: String) -> Int? {
        if speakers.count <= Self.scanLimit { return speakers.firstIndex { $0.id == id } }
        return index[id]
    }

    private mutating func append(_ speaker: Speaker) {
        speakers.append(speaker)
        guard speakers.count > Self.scanLimit else { return }
        if index.isEmpty {
            index.reserveCapacity(2 * speakers.count)
            for (i, speaker) in speakers.enumerated() { index[speaker.id] = i }
        } else {
            index[speaker.id] = speakers.count - 1
        }
    }

    /// Adds a mention of the speaker `name` and returns the speaker's id; `alias` is the
    /// mention as written, nil when it names nobody by itself (a pronoun).
    @discardableResult
    public mutating func add(name: String, alias: String?, kind: SpeakerKind) -> String {
        let id = Speaker.id(for: name)
        if let i = position(of: id) {
            if let alias, !speakers[i].matches(alias: alias) { speakers[i].aliases.append(alias) }
            return id
        }
        var aliases = alias.map { [$0] } ?? []
        // utf8.contains: String.contains(String) goes through Foundation and is slow per call.
        if kind == .person, name.utf8.contains(32), let surname = name.lastPieceBySpace(),
            surname.utf8.count > 1 && (name.isPrintableASCII() || surname.count > 1)
        {
            aliases.append(String(surname))
        }
        append(Speaker(id: id, name: name, aliases: aliases, kind: kind))
        return id
    }

    /// Merges a speaker from another article, keeping every alias.
    public mutating func merge(_ speaker: Speaker) {
        if let i = position(of: speaker.id) {
            for alias in speaker.aliases where !speakers[i].matches(alias: alias) { speakers[i].aliases.append(alias) }
        } else {
            append(speaker)
        }
    }

    public subscript(id: String) -> Speaker? { position(of: id).map { speakers[$0] } }
}
