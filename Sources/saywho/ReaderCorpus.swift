import Foundation
import SaywhoAttribution
import SaywhoCore
import SaywhoIndex

/// The corpus the reader opens: texts read from the files, quotes from the index.
enum ReaderCorpus {
    /// Loads `paths` with their texts. The quotes come from the index, refreshed first, so
    /// only new and changed files are extracted; without the index (`--no-index`, or when it
    /// cannot be used or the files changed while it was read) every article is extracted.
    static func load(
        _ paths: [String], useIndex: Bool, progress: (@Sendable (RefreshProgress) -> Void)? = nil
    ) -> Corpus {
        guard useIndex else { return Corpus(report: ArticleLoader.load(paths)) }
        var problems: [InputError] = []
        var indexed: IndexedCorpus?
        do {
            let (index, corpus) = try ArticleIndex.load(paths, progress: progress)
            if index.recovery != nil {
                problems.append(
                    .malformed(path: index.url.path, line: nil, reason: "the index was damaged; moved aside and rebuilt"))
            }
            indexed = corpus
        } catch {
            problems.append(.unreadable(path: ArticleIndex.defaultURL().path, reason: "\(error); quotes extracted afresh"))
        }
        var report = ArticleLoader.load(paths)
        report.problems += problems
        return indexed?.withTexts(from: report) ?? Corpus(report: report)
    }
}
