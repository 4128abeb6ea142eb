import Foundation
import SaywhoIndex
import SaywhoUI

/// The reader's `/` in the article list, through the index's full-text search.
final class IndexSearch: ArticleSearching, @unchecked Sendable {
    private let index: ArticleIndex
    /// Each article's row in the index, in the order of the reader's corpus.
    private let position: [Int64: Int]
    private let lock = NSLock()
    private var last: (query: String, found: Set<Int>?)?

    init(index: ArticleIndex, rows: [Int64]) {
        self.index = index
        position = Dictionary(rows.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func articles(matching query: String) -> Set<Int>? {
        lock.withLock {
            if let last, last.query == query { return last.found }
            // A search the index cannot answer finds nothing, rather than everything.
            let rows = (try? index.search(SearchQuery(query))) ?? Optional(Set<Int64>())
            let found = rows.map { Set($0.compactMap { position[$0] }) }
            last = (query, found)
            return found
        }
    }
}
