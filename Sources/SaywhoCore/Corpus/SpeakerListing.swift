/// Who speaks in a corpus, and how often: what `saywho speakers` and `saywho articles` list.
///
/// Worked out from each article's speakers and its quote count per speaker id, the way
/// `Corpus` works it out from the quotes themselves (unnamed sources told apart by article,
/// a lone surname merged into the one full name it belongs to), so that a listing read from
/// the index needs no quote.
public struct SpeakerListing: Sendable {
    /// Every speaker with the number of their quotes: most quoted first, then by name and id.
    public var corpus: [(speaker: Speaker, quotes: Int)]
    /// Each article's speakers, most quoted in it first, then by name and id.
    public var byArticle: [[Speaker]]

    /// The listing of articles with ids `articleIDs`, speakers `speakers` (as the extractor gave
    /// them) and quotes per speaker id `quotes`, one entry of each per article.
    public init(articleIDs: [String], speakers: [[Speaker]], quotes: [[String: Int]]) {
        var scoped: [ArticleExtraction] = []
        var counts: [[String: Int]] = []
        var directory = SpeakerDirectory()
        for (i, id) in articleIDs.enumerated() {
            let extraction = Corpus.scopingUnnamedSpeakers(ArticleExtraction(quotes: [], speakers: speakers[i]), to: id)
            var renamed: [String: Int] = [:]
            for (before, after) in zip(speakers[i], extraction.speakers) { renamed[after.id] = quotes[i][before.id] }
            scoped.append(extraction)
            counts.append(renamed.compactMapValues { $0 })
            for speaker in extraction.speakers { directory.merge(speaker) }
        }
        let merges = Corpus.aliasMerges(directory.speakers)
        var merged = SpeakerDirectory()
        var total: [String: Int] = [:]
        byArticle = []
        for (i, extraction) in scoped.enumerated() {
            let applied = merges.isEmpty ? extraction : Corpus.applying(merges, to: extraction)
            var inArticle: [String: Int] = [:]
            for (id, n) in counts[i] { inArticle[merges[id]?.id ?? id, default: 0] += n }
            for (id, n) in inArticle { total[id, default: 0] += n }
            for speaker in applied.speakers { merged.merge(speaker) }
            byArticle.append(
                applied.speakers.map { ($0, inArticle[$0.id, default: 0]) }.sorted { Corpus.listed($0, before: $1) }.map(\.0))
        }
        corpus = merged.speakers.map { ($0, total[$0.id, default: 0]) }.sorted { Corpus.listed($0, before: $1) }
    }
}

extension SpeakerListing {
    /// The listing of a corpus loaded with its quotes.
    public init(_ corpus: Corpus) {
        self.corpus = corpus.speakersByQuotes
        byArticle = corpus.articles.indices.map { corpus.speakersByQuotes(inArticle: $0) }
    }
}
