import SaywhoCore

/// A corpus as the index holds it: every article's metadata, quotes and speakers, without
/// the article texts (read from their files when an article is opened).
public struct IndexedCorpus: Sendable {
    /// The corpus; each article's `text` is empty and its `paragraphs` none.
    public var corpus: Corpus
    /// Each article's quote texts, in the order of its quotes.
    public var quoteTexts: [[String]]
    /// What went wrong with the paths and files, one message each: the walk's problems first,
    /// then each file's in reading order.
    public var problems: [String]
    /// What the walk left out, as one line, or nil.
    public var skippedSummary: String?
    /// What the refresh before the reading did.
    public var refresh: RefreshReport
    /// Each article's row in the index, in the order of `corpus.articles`.
    public var rowIDs: [Int64]
}
