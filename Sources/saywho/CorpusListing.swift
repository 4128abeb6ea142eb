import Foundation
import SaywhoCore
import SaywhoIndex

/// What `saywho articles` and `saywho speakers` list: articles with their quote counts and the
/// speakers, read from the index without quotes, or from a corpus loaded in full.
struct CorpusListing {
    var articles: [Article]
    var quoteCounts: [Int]
    var speakers: SpeakerListing
    /// The index it came from, and each article's row there.
    var index: (index: ArticleIndex, rows: [Int64])?

    /// Positions of the articles matching `query` in the index's full-text search, in corpus order.
    func articles(matching query: String) throws -> [Int] {
        guard let (index, rows) = index else {
            throw CLIError(message: "--search needs the index; leave out --no-index")
        }
        guard let found = try index.search(SearchQuery(query)) else { return Array(rows.indices) }
        return rows.indices.filter { found.contains(rows[$0]) }
    }
}

extension CorpusOptions {
    /// The listing, from the index unless `--no-index` is given or the index cannot be used;
    /// warns about bad files on stderr and fails when nothing loads.
    func loadListing() throws -> CorpusListing {
        let paths = try resolvedPaths()
        try rejectMisspeltSubcommand(paths)
        if !noIndex, let (index, listing) = withIndex({ try ArticleIndex.loadListing(paths, minimumConfidence: threshold) }) {
            for problem in listing.problems { Console.warn(problem) }
            if let skipped = listing.skippedSummary { Console.warn(skipped) }
            try requireArticles(listing.articles.count, paths: paths, problems: listing.problems)
            return CorpusListing(
                articles: listing.articles, quoteCounts: listing.quoteCounts, speakers: listing.speakers,
                index: (index, listing.rowIDs))
        }
        let corpus = try load().corpus
        return CorpusListing(
            articles: corpus.articles, quoteCounts: corpus.extractions.map(\.quotes.count), speakers: SpeakerListing(corpus),
            index: nil)
    }
}
