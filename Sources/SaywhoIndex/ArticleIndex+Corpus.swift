import Foundation
import GRDB
import SaywhoAttribution
import SaywhoCore

extension ArticleIndex {
    /// Opens the index at `url`, refreshes it for `paths` and reads their corpus; a database
    /// found damaged on the way is moved aside and rebuilt once. Returns the index used.
    /// Attributions less sure than `minimumConfidence` are taken off their quotes as the corpus
    /// is read: the index keeps every one.
    public static func load(
        _ paths: [String], at url: URL = ArticleIndex.defaultURL(), extractor: Extractor = Extractor(),
        minimumConfidence: Double = 0, progress: (@Sendable (RefreshProgress) -> Void)? = nil
    ) throws -> (index: ArticleIndex, corpus: IndexedCorpus) {
        let (index, corpus) = try refreshed(paths, at: url, extractor: extractor, progress: progress) {
            try $0.corpus($1, refresh: $2, minimumConfidence: minimumConfidence)
        }
        return (index, corpus)
    }

    /// The same for what `saywho articles` and `saywho speakers` list, read without quotes.
    public static func loadListing(
        _ paths: [String], at url: URL = ArticleIndex.defaultURL(), extractor: Extractor = Extractor(),
        minimumConfidence: Double = 0
    ) throws -> (index: ArticleIndex, listing: IndexedListing) {
        let (index, listing) = try refreshed(paths, at: url, extractor: extractor, progress: nil) {
            try $0.listing($1, refresh: $2, minimumConfidence: minimumConfidence)
        }
        return (index, listing)
    }

    /// Opens the index, refreshes it for `paths`, then reads with `read`; once more on a fresh
    /// index when the database turns out damaged.
    static func refreshed<T>(
        _ paths: [String], at url: URL, extractor: Extractor, progress: (@Sendable (RefreshProgress) -> Void)?,
        read: (ArticleIndex, FileListing, RefreshReport) throws -> T
    ) throws -> (index: ArticleIndex, value: T) {
        let index = try ArticleIndex(url: url)
        do {
            return (index, try index.refreshed(paths, extractor: extractor, progress: progress, read: read))
        } catch  where isDamage(error) {
            let fresh = try index.rebuilt(after: error)
            return (fresh, try fresh.refreshed(paths, extractor: extractor, progress: progress, read: read))
        }
    }

    /// Refreshes this index for `paths` (files and folders), then reads with `read`.
    func refreshed<T>(
        _ paths: [String], extractor: Extractor, progress: (@Sendable (RefreshProgress) -> Void)?,
        read: (ArticleIndex, FileListing, RefreshReport) throws -> T
    ) throws -> T {
        let listing = ArticleLoader.listFiles(paths)
        let report = try refresh(listing, folders: Self.folders(among: paths), extractor: extractor, progress: progress)
        return try read(self, listing, report)
    }

    /// Refreshes the index for `paths` (files and folders) and reads their corpus from it.
    public func load(
        _ paths: [String], extractor: Extractor = Extractor(),
        progress: (@Sendable (RefreshProgress) -> Void)? = nil
    ) throws -> IndexedCorpus {
        try refreshed(paths, extractor: extractor, progress: progress) { try $0.corpus($1, refresh: $2) }
    }

    /// The articles of the files `listing` names as the index holds them (without texts), each
    /// with its row, in reading order and with ids told apart as a load tells them apart; and
    /// the problems of the walk and of the files.
    func articles(
        _ listing: FileListing, refresh: RefreshReport, in db: Database
    ) throws -> (articles: [Article], rows: [Int64], quotes: [Int], problems: [String]) {
        var problems = listing.problems.map(\.description)
        for path in refresh.vanished {
            problems.append(InputError.unreadable(path: path, reason: "vanished while indexing").description)
        }
        let vanished = Set(refresh.vanished)
        let files = listing.files.filter { !vanished.contains($0) }
        let realPaths = files.map { FileIdentity.realPath(of: $0) }
        // The files' ids and problems, by real path.
        var fileRows: [String: (id: Int64, problems: String)] = [:]
        for chunk in Self.chunks(realPaths.compactMap { $0 }) {
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, path, problems FROM file WHERE path IN (\(Self.marks(chunk.count)))",
                arguments: StatementArguments(chunk))
            while let row = try rows.next() { fileRows[row[1]] = (row[0], row[2]) }
        }
        var order: [(file: Int64, path: String)] = []
        for (path, real) in zip(files, realPaths) {
            guard let real, let entry = fileRows[real] else {
                problems.append(InputError.unreadable(path: path, reason: "not in the index").description)
                continue
            }
            if !entry.problems.isEmpty { problems += entry.problems.components(separatedBy: "\n") }
            order.append((entry.id, path))
        }
        var articlesByFile: [Int64: [(row: Int64, quotes: Int, article: Article)]] = [:]
        for chunk in Self.chunks(order.map(\.file)) {
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT id, file, key, title, date, outlet, author, url, language, quotes FROM article
                    WHERE file IN (\(Self.marks(chunk.count))) ORDER BY file, ordinal
                    """, arguments: StatementArguments(chunk))
            while let row = try rows.next() {
                let article = Article(
                    id: row[2], path: "", title: row[3], date: row[4], outlet: row[5], author: row[6], url: row[7],
                    language: Language(rawValue: row[8]), text: "")
                articlesByFile[row[1], default: []].append((row[0], row[9], article))
            }
        }
        var rows: [Int64] = []
        var quotes: [Int] = []
        var articles: [Article] = []
        for (file, path) in order {
            for var entry in articlesByFile[file] ?? [] {
                entry.article.path = path
                rows.append(entry.row)
                quotes.append(entry.quotes)
                articles.append(entry.article)
            }
        }
        ArticleLoader.disambiguateIDs(&articles)
        return (articles, rows, quotes, problems)
    }

    /// The speakers of the articles at `rows`, in the extractor's order, one list per article.
    func speakers(of rows: [Int64], position: [Int64: Int], in db: Database) throws -> [[Speaker]] {
        var speakers = [[Speaker]](repeating: [], count: rows.count)
        for chunk in Self.chunks(rows) {
            let cursor = try Row.fetchCursor(
                db,
                sql: """
                    SELECT article, key, name, aliases, kind FROM speaker
                    WHERE article IN (\(Self.marks(chunk.count))) ORDER BY article, ordinal
                    """, arguments: StatementArguments(chunk))
            while let row = try cursor.next() {
                guard let i = position[row[0]] else { continue }
                speakers[i].append(IndexRows.speaker(row, from: 1))
            }
        }
        return speakers
    }

    /// The corpus of the files `listing` names, as the index holds them now.
    public func corpus(
        _ listing: FileListing, refresh: RefreshReport = RefreshReport(), minimumConfidence: Double = 0
    ) throws -> IndexedCorpus {
        try pool.read { db in
            let (articles, rowIDs, _, problems) = try self.articles(listing, refresh: refresh, in: db)
            let position = Dictionary(uniqueKeysWithValues: rowIDs.enumerated().map { ($1, $0) })
            let speakers = try self.speakers(of: rowIDs, position: position, in: db)
            var quotes = [[Quote]](repeating: [], count: articles.count)
            var texts = [[String]](repeating: [], count: articles.count)
            for chunk in Self.chunks(rowIDs) {
                let quoteRows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT article, \(IndexRows.quoteColumns) FROM quote
                        WHERE article IN (\(Self.marks(chunk.count))) ORDER BY article, ordinal
                        """, arguments: StatementArguments(chunk))
                while let row = try quoteRows.next() {
                    guard let i = position[row[0]], let (quote, text) = IndexRows.quote(row, from: 1, articleID: articles[i].id)
                    else { continue }
                    quotes[i].append(quote)
                    texts[i].append(text)
                }
            }
            var report = LoadReport()
            report.articles = articles
            let extractions = (0..<articles.count).map {
                ArticleExtraction(quotes: quotes[$0], speakers: speakers[$0]).keeping(minimumConfidence: minimumConfidence)
            }
            return IndexedCorpus(
                corpus: Corpus(report: report, extractions: extractions), quoteTexts: texts, problems: problems,
                skippedSummary: Self.skippedSummary(listing), refresh: refresh, rowIDs: rowIDs,
                extractions: extractions)
        }
    }

    /// What `saywho articles` and `saywho speakers` list for the files `listing` names, read
    /// from the index without a single quote: counts come from SQLite.
    public func listing(
        _ listing: FileListing, refresh: RefreshReport = RefreshReport(), minimumConfidence: Double = 0
    ) throws -> IndexedListing {
        try pool.read { db in
            let (articles, rowIDs, quoteCounts, problems) = try self.articles(listing, refresh: refresh, in: db)
            let position = Dictionary(uniqueKeysWithValues: rowIDs.enumerated().map { ($1, $0) })
            var speakers = try self.speakers(of: rowIDs, position: position, in: db)
            var counts = [[String: Int]](repeating: [:], count: articles.count)
            for chunk in Self.chunks(rowIDs) {
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT article, speaker, count(*) FROM quote
                        WHERE article IN (\(Self.marks(chunk.count))) AND speaker IS NOT NULL AND confidence >= ?
                        GROUP BY article, speaker
                        """, arguments: StatementArguments(Array(chunk)) + [minimumConfidence])
                while let row = try rows.next() {
                    guard let i = position[row[0]] else { continue }
                    counts[i][row[1]] = row[2]
                }
            }
            // A speaker whose every quote is below the threshold is no speaker of the article.
            if minimumConfidence > 0 {
                for i in speakers.indices { speakers[i] = speakers[i].filter { counts[i][$0.id] != nil } }
            }
            return IndexedListing(
                articles: articles, quoteCounts: quoteCounts,
                speakers: SpeakerListing(articleIDs: articles.map(\.id), speakers: speakers, quotes: counts),
                problems: problems, skippedSummary: Self.skippedSummary(listing), rowIDs: rowIDs)
        }
    }

    static func skippedSummary(_ listing: FileListing) -> String? {
        var skipped = LoadReport()
        skipped.skippedHidden = listing.skippedHidden
        skipped.skippedUnknown = listing.skippedUnknown
        return skipped.skippedSummary
    }

    /// The paths that are folders: a refresh drops the entries of files gone from them.
    public static func folders(among paths: [String]) -> [String] {
        paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
    }

    /// SQLite takes a bounded number of arguments: lists are read in chunks.
    static func chunks<T>(_ values: [T], size: Int = 500) -> [ArraySlice<T>] {
        stride(from: 0, to: values.count, by: size).map { values[$0..<min($0 + size, values.count)] }
    }

    static func marks(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ",")
    }
}
