import GRDB

extension ArticleIndex {
    /// The index rows of the articles whose title, text or quotes match `query`; every article
    /// when the query holds no word (nil).
    public func search(_ query: SearchQuery) throws -> Set<Int64>? {
        guard let fts = query.fts else { return nil }
        return try pool.read { db in
            Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM search WHERE search MATCH ?", arguments: [fts]))
        }
    }
}

extension IndexedCorpus {
    /// Positions in `corpus.articles` of the articles `rows` (from `ArticleIndex.search`) holds.
    public func articles(in rows: Set<Int64>) -> [Int] {
        rowIDs.indices.filter { rows.contains(rowIDs[$0]) }
    }
}
