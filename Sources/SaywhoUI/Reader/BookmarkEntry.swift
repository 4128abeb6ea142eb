import Foundation

/// A bookmark as the reader lists it; the app fills these from the bookmark store.
public struct BookmarkEntry: Hashable, Sendable {
    public var id: String
    public var articleID: String
    public var articlePath: String
    public var articleTitle: String
    public var date: String?
    public var outlet: String?
    public var quoteText: String
    /// Where the quote starts in the article, to find it again.
    public var quoteStart: Int
    public var speaker: String?
    public var channel: String?
    public var note: String?
    /// When the bookmark was made; the list shows the newest first.
    public var created: Date?

    public init(
        id: String, articleID: String, articlePath: String, articleTitle: String, date: String?, outlet: String?,
        quoteText: String, quoteStart: Int, speaker: String?, channel: String?, note: String?,
        created: Date? = nil
    ) {
        self.id = id
        self.articleID = articleID
        self.articlePath = articlePath
        self.articleTitle = articleTitle
        self.date = date
        self.outlet = outlet
        self.quoteText = quoteText
        self.quoteStart = quoteStart
        self.speaker = speaker
        self.channel = channel
        self.note = note
        self.created = created
    }
}
