import Foundation

/// A saved quote with its own copy of everything needed to show it, even when the article is gone.
public struct Bookmark: Hashable, Sendable, Codable, Identifiable {
    /// Stable id: a hash of the article's path, the article id and the quote text (see `Bookmark.id(path:articleID:text:)`).
    public var id: String
    /// When the bookmark was made, to the second.
    public var created: Date
    /// The user's note, if any.
    public var note: String?
    /// The quoted text, segments joined by a newline.
    public var text: String
    /// Scalar offsets of the quote in the article text when it was bookmarked.
    public var segments: [TextRange]
    /// The speaker's canonical name, when the quote was attributed.
    public var speaker: String?
    /// The mention as written ("the source", "she").
    public var mention: String?
    /// Where it was said: "Instagram Story", "a statement"…
    public var channel: String?
    public var articleID: String
    public var title: String
    /// The article file, as an absolute path when made with `init(quote:article:speaker:)`.
    public var path: String
    public var outlet: String?
    /// `YYYY-MM-DD` when known.
    public var date: String?
    /// The article's address, when its file gives one.
    public var url: String?
    /// Fields of the stored bookmark that this saywho does not know, written back as they were read.
    public var extra: [String: JSONValue] = [:]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, created, note, text, segments, speaker, mention, channel
        case articleID = "article_id"
        case title, path, outlet, date, url
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        created = try c.decode(Date.self, forKey: .created)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        text = try c.decode(String.self, forKey: .text)
        segments = try c.decode([TextRange].self, forKey: .segments)
        speaker = try c.decodeIfPresent(String.self, forKey: .speaker)
        mention = try c.decodeIfPresent(String.self, forKey: .mention)
        channel = try c.decodeIfPresent(String.self, forKey: .channel)
        articleID = try c.decode(String.self, forKey: .articleID)
        title = try c.decode(String.self, forKey: .title)
        path = try c.decode(String.self, forKey: .path)
        outlet = try c.decodeIfPresent(String.self, forKey: .outlet)
        date = try c.decodeIfPresent(String.self, forKey: .date)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        extra = try decoder.container(keyedBy: AnyCodingKey.self).unknownValues(besides: Bookmark.knownKeys)
    }

    public func encode(to encoder: any Encoder) throws {
        // One container for the known keys and the unknown ones alike.
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        func key(_ k: CodingKeys) -> AnyCodingKey { AnyCodingKey(k.stringValue) }
        try c.encode(id, forKey: key(.id))
        try c.encode(created, forKey: key(.created))
        try c.encodeIfPresent(note, forKey: key(.note))
        try c.encode(text, forKey: key(.text))
        try c.encode(segments, forKey: key(.segments))
        try c.encodeIfPresent(speaker, forKey: key(.speaker))
        try c.encodeIfPresent(mention, forKey: key(.mention))
        try c.encodeIfPresent(channel, forKey: key(.channel))
        try c.encode(articleID, forKey: key(.articleID))
        try c.encode(title, forKey: key(.title))
        try c.encode(path, forKey: key(.path))
        try c.encodeIfPresent(outlet, forKey: key(.outlet))
        try c.encodeIfPresent(date, forKey: key(.date))
        try c.encodeIfPresent(url, forKey: key(.url))
        try c.encode(unknown: extra.filter { !Bookmark.knownKeys.contains($0.key) })
    }

    static let knownKeys = Set(CodingKeys.allCases.map { $0.rawValue })

    /// Creates a bookmark from stored fields; `id` defaults to the stable hash of path, article id and text.
    public init(
        id: String? = nil, created: Date = Date(), note: String? = nil, text: String, segments: [TextRange],
        speaker: String? = nil, mention: String? = nil, channel: String? = nil, articleID: String, title: String,
        path: String, outlet: String? = nil, date: String? = nil, url: String? = nil
    ) {
        self.id = id ?? Bookmark.id(path: path, articleID: articleID, text: text)
        self.created = Date(timeIntervalSince1970: created.timeIntervalSince1970.rounded(.down))
        self.note = note
        self.text = text
        self.segments = segments
        self.speaker = speaker
        self.mention = mention
        self.channel = channel
        self.articleID = articleID
        self.title = title
        self.path = path
        self.outlet = outlet
        self.date = date
        self.url = url
    }

    /// A bookmark for `quote` in `article`; pass `extraction.speaker(for: quote)` as the speaker.
    public init(quote: Quote, article: Article, speaker: Speaker?, created: Date = Date(), note: String? = nil) {
        self.init(
            created: created, note: note, text: quote.text(in: article), segments: quote.segments, speaker: speaker?.name,
            mention: quote.attribution?.mention, channel: quote.attribution?.channel, articleID: article.id,
            title: article.title, path: Bookmark.absolutePath(article.path), outlet: article.outlet, date: article.date,
            url: article.url)
    }

    /// The id a quote gets: 16 hex digits of a 64-bit FNV-1a hash, the same in every process and on every run.
    public static func id(path: String, articleID: String, text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (path + "\u{0}" + articleID + "\u{0}" + text).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `path` made absolute against the current directory, so `saywho news` and `saywho ./news` agree.
    public static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
