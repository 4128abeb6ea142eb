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
    /// What the extractor gave for each article on its own, before the corpus merged speakers.
    var extractions: [ArticleExtraction]

    /// The corpus with its article texts, from `report`, a load of the same paths (as the
    /// reader needs them): the index's quotes without extracting again. Nil when the load
    /// found other articles than the index holds (a file changed in between).
    public func withTexts(from report: LoadReport) -> Corpus? {
        let loaded = report.articles
        guard loaded.count == corpus.articles.count,
            zip(loaded, corpus.articles).allSatisfy({ $0.id == $1.id && $0.path == $1.path && $0.title == $1.title })
        else { return nil }
        return Corpus(report: report, extractions: extractions)
    }
}

/// What the listings of a corpus show, read from the index without quotes.
public struct IndexedListing: Sendable {
    /// The articles, in reading order, without their texts.
    public var articles: [Article]
    /// Each article's number of quotes.
    public var quoteCounts: [Int]
    public var speakers: SpeakerListing
    public var problems: [String]
    public var skippedSummary: String?
    /// Each article's row in the index.
    public var rowIDs: [Int64]
}
