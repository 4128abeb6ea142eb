import Foundation
import GRDB
import SaywhoAttribution
import SaywhoCore

extension ArticleIndex {
    /// Opens the index at `url`, refreshes it for `paths` and reads their corpus; a database
    /// found damaged on the way is moved aside and rebuilt once. Returns the index used.
    public static func load(
        _ paths: [String], at url: URL = ArticleIndex.defaultURL(), extractor: Extractor = Extractor(),
        progress: (@Sendable (RefreshProgress) -> Void)? = nil
    ) throws -> (index: ArticleIndex, corpus: IndexedCorpus) {
        let index = try ArticleIndex(url: url)
        do {
            return (index, try index.load(paths, extractor: extractor, progress: progress))
        } catch  where isDamage(error) {
            let fresh = try index.rebuilt(after: error)
            return (fresh, try fresh.load(paths, extractor: extractor, progress: progress))
        }
    }

    /// Refreshes the index for `paths` (files and folders) and reads their corpus from it.
    public func load(
        _ paths: [String], extractor: Extractor = Extractor(),
        progress: (@Sendable (RefreshProgress) -> Void)? = nil
    ) throws -> IndexedCorpus {
        let listing = ArticleLoader.listFiles(paths)
        let folders = paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }
        let report = try refresh(listing, folders: folders, extractor: extractor, progress: progress)
        return try corpus(listing, refresh: report)
    }

    /// The corpus of the files `listing` names, as the index holds them now.
    public func corpus(_ listing: FileListing, refresh: RefreshReport = RefreshReport()) throws -> IndexedCorpus {
        var problems = listing.problems.map(\.description)
        for path in refresh.vanished {
            problems.append(InputError.unreadable(path: path, reason: "vanished while indexing").description)
        }
        let vanished = Set(refresh.vanished)
        let files = listing.files.filter { !vanished.contains($0) }
        let realPaths = files.map { FileIdentity.realPath(of: $0) }
        return try pool.read { db in
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
            // Articles of those files, then their speakers and quotes, by article row id.
            var articlesByFile: [Int64: [(row: Int64, article: Article)]] = [:]
            for chunk in Self.chunks(order.map(\.file)) {
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT id, file, key, title, date, outlet, author, url, language FROM article
                        WHERE file IN (\(Self.marks(chunk.count))) ORDER BY file, ordinal
                        """, arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    let article = Article(
                        id: row[2], path: "", title: row[3], date: row[4], outlet: row[5], author: row[6], url: row[7],
                        language: Language(rawValue: row[8]), text: "")
                    articlesByFile[row[1], default: []].append((row[0], article))
                }
            }
            var rowIDs: [Int64] = []
            var articles: [Article] = []
            for (file, path) in order {
                for var entry in articlesByFile[file] ?? [] {
                    entry.article.path = path
                    rowIDs.append(entry.row)
                    articles.append(entry.article)
                }
            }
            ArticleLoader.disambiguateIDs(&articles)
            let position = Dictionary(uniqueKeysWithValues: rowIDs.enumerated().map { ($1, $0) })
            var speakers = [[Speaker]](repeating: [], count: articles.count)
            var quotes = [[Quote]](repeating: [], count: articles.count)
            var texts = [[String]](repeating: [], count: articles.count)
            for chunk in Self.chunks(rowIDs) {
                let marks = Self.marks(chunk.count)
                let speakerRows = try Row.fetchCursor(
                    db,
                    sql:
                        "SELECT article, key, name, aliases, kind FROM speaker WHERE article IN (\(marks)) ORDER BY article, ordinal",
                    arguments: StatementArguments(chunk))
                while let row = try speakerRows.next() {
                    guard let i = position[row[0]] else { continue }
                    speakers[i].append(IndexRows.speaker(row, from: 1))
                }
                let quoteRows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT article, \(IndexRows.quoteColumns) FROM quote
                        WHERE article IN (\(marks)) ORDER BY article, ordinal
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
            let extractions = (0..<articles.count).map { ArticleExtraction(quotes: quotes[$0], speakers: speakers[$0]) }
            var skipped = LoadReport()
            skipped.skippedHidden = listing.skippedHidden
            skipped.skippedUnknown = listing.skippedUnknown
            return IndexedCorpus(
                corpus: Corpus(report: report, extractions: extractions), quoteTexts: texts, problems: problems,
                skippedSummary: skipped.skippedSummary, refresh: refresh, rowIDs: rowIDs,
                extractions: extractions)
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
