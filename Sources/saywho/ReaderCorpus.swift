import Foundation
import SaywhoAttribution
import SaywhoCore
import SaywhoIndex

/// The corpus the reader opens: texts read from the files, quotes from the index.
enum ReaderCorpus {
    /// Loads `paths` with their texts. The quotes come from the index, refreshed first, so
    /// only new and changed files are extracted; without the index (`--no-index`, or when it
    /// cannot be used or the files changed while it was read) every article is extracted.
    static func load(_ paths: [String], useIndex: Bool) -> Corpus {
        let report = ArticleLoader.load(paths)
        guard useIndex else { return Corpus(report: report) }
        var problems: [InputError] = []
        do {
            let (index, indexed) = try ArticleIndex.load(paths)
            if index.recovery != nil {
                problems.append(
                    .malformed(path: index.url.path, line: nil, reason: "the index was damaged; moved aside and rebuilt"))
            }
            var withNotes = report
            withNotes.problems += problems
            if let corpus = indexed.withTexts(from: withNotes) { return corpus }
        } catch {
            problems.append(.unreadable(path: ArticleIndex.defaultURL().path, reason: "\(error); quotes extracted afresh"))
        }
        var withNotes = report
        withNotes.problems += problems
        return Corpus(report: withNotes)
    }
}
