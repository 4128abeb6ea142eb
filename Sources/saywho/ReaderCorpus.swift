import Foundation
import SaywhoAttribution
import SaywhoCore
import SaywhoIndex
import SaywhoUI

/// The corpus the reader opens: texts read from the files, quotes and search from the index.
enum ReaderCorpus {
    /// Loads `paths` with their texts. The quotes come from the index, refreshed first, so
    /// only new and changed files are extracted; without the index (`--no-index`, or when it
    /// cannot be used or the files changed while it was read) every article is extracted.
    static func load(
        _ paths: [String], useIndex: Bool, minimumConfidence: Double = 0,
        progress: (@Sendable (RefreshProgress) -> Void)? = nil
    ) -> CorpusView {
        guard useIndex else {
            return CorpusView(corpus: Corpus(report: ArticleLoader.load(paths), minimumConfidence: minimumConfidence))
        }
        var problems: [InputError] = []
        var indexed: (index: ArticleIndex, corpus: IndexedCorpus)?
        do {
            let (index, corpus) = try ArticleIndex.load(paths, minimumConfidence: minimumConfidence, progress: progress)
            if index.recovery != nil {
                problems.append(
                    .malformed(path: index.url.path, line: nil, reason: "the index was damaged; moved aside and rebuilt"))
            }
            indexed = (index, corpus)
        } catch {
            problems.append(.unreadable(path: ArticleIndex.defaultURL().path, reason: "\(error); quotes extracted afresh"))
        }
        var report = ArticleLoader.load(paths)
        report.problems += problems
        if let (index, corpus) = indexed, let withTexts = corpus.withTexts(from: report) {
            return CorpusView(corpus: withTexts, search: IndexSearch(index: index, rows: corpus.rowIDs))
        }
        return CorpusView(corpus: Corpus(report: report, minimumConfidence: minimumConfidence))
    }
}
