import Dispatch
import Foundation
import GRDB
import SaywhoAttribution
import SaywhoCore

extension ArticleIndex {
    /// One file read and extracted, ready to be written.
    struct IndexedFile: Sendable {
        var identity: FileIdentity
        var articles: [IndexedArticle]
        var problems: [String]
    }

    /// Brings the index up to date for the files `listing` names: files that are new, changed
    /// (size, time or inode) or indexed by another extractor version are read and extracted on
    /// `workers` threads, and written by one writer in batches, each batch one transaction.
    /// Entries of files gone from the folders listed are dropped.
    @discardableResult
    public func refresh(
        _ listing: FileListing, folders: [String] = [], extractor: Extractor = Extractor(),
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (@Sendable (RefreshProgress) -> Void)? = nil
    ) throws -> RefreshReport {
        let started = DispatchTime.now()
        var report = RefreshReport()
        report.files = listing.files.count
        let known = try knownFiles()
        var stale: [(path: String, identity: FileIdentity)] = []
        var present: Set<String> = []
        for path in listing.files {
            guard let identity = FileIdentity(of: path) else {
                report.vanished.append(path)
                continue
            }
            present.insert(identity.path)
            if let entry = known[identity.path], entry.identity == identity, entry.version == Extractor.version {
                report.unchanged += 1
            } else {
                stale.append((path, identity))
            }
        }
        report.removed = try dropMissing(under: folders, keeping: present, known: known)

        let total = stale.reduce(Int64(0)) { $0 + $1.identity.size }
        var done: Int64 = 0
        var filesDone = 0
        // One writer stores a batch while the workers read the next: at most one batch waits.
        let writer = DispatchQueue(label: "saywho.index.writer")
        let writing = DispatchGroup()
        let failure = Slots<IndexWriteError>(count: 1)
        // Batches of about 4 MB or 256 files: big enough that a transaction's cost is spread,
        // small enough that a kill loses little and the progress bar moves.
        var start = 0
        while start < stale.count {
            var end = start
            var bytes: Int64 = 0
            while end < stale.count, end - start < 256, bytes < 4_000_000 || end == start {
                bytes += stale[end].identity.size
                end += 1
            }
            let batch = Array(stale[start..<end])
            let results = Self.read(batch, extractor: extractor, workers: workers)
            writing.wait()
            if let error = failure.values[0] { throw error.underlying }
            writer.async(group: writing) {
                do {
                    try self.write(results.compactMap { $0 })
                } catch {
                    failure.set(0, IndexWriteError(underlying: error))
                }
            }
            for (i, result) in results.enumerated() where result == nil { report.vanished.append(batch[i].path) }
            report.indexed += results.count { $0 != nil }
            report.articles += results.reduce(0) { $0 + ($1?.articles.count ?? 0) }
            done += bytes
            filesDone += batch.count
            report.bytes = done
            progress?(
                RefreshProgress(
                    filesDone: filesDone, filesTotal: stale.count, bytesDone: done, bytesTotal: total,
                    elapsed: Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9))
            start = end
        }
        writing.wait()
        if let error = failure.values[0] { throw error.underlying }
        return report
    }

    /// Reads and extracts `batch` on up to `workers` threads; nil for a file that vanished.
    static func read(
        _ batch: [(path: String, identity: FileIdentity)], extractor: Extractor, workers: Int
    ) -> [IndexedFile?] {
        // Files are parsed one to a task; then every article of the batch is extracted one to a
        // task, so that one large JSON Lines file keeps every core busy too.
        let parsed = Slots<(articles: [Article], problems: [InputError])>(count: batch.count)
        perform(batch.count, workers: workers) { i in
            guard FileManager.default.fileExists(atPath: batch[i].path) else { return }
            parsed.set(i, ArticleLoader.read(file: batch[i].path))
        }
        let files = parsed.values
        let work = files.enumerated().flatMap { file, result in (result?.articles.indices ?? 0..<0).map { (file, $0) } }
        let extracted = Slots<IndexedArticle>(count: work.count)
        perform(work.count, workers: workers) { k in
            let (file, position) = work[k]
            let article = files[file]!.articles[position]
            extracted.set(k, IndexedArticle(article: article, extraction: extractor.extract(article)))
        }
        let extractions = extracted.values
        var k = 0
        return files.enumerated().map { i, result -> IndexedFile? in
            guard let result else { return nil }
            var articles: [IndexedArticle] = []
            for _ in result.articles {
                articles.append(extractions[k]!)
                k += 1
            }
            return IndexedFile(identity: batch[i].identity, articles: articles, problems: result.problems.map(\.description))
        }
    }

    /// Runs `body` for 0..<count on up to `workers` threads, each taking the next index.
    private static func perform(_ count: Int, workers: Int, _ body: @Sendable (Int) -> Void) {
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, count))) { _ in
            while let i = next.take(below: count) { body(i) }
        }
    }

    /// The files the index holds, by real path.
    func knownFiles() throws -> [String: (id: Int64, identity: FileIdentity, version: String)] {
        try pool.read { db in
            var known: [String: (Int64, FileIdentity, String)] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT id, path, size, modified, inode, version FROM file")
            while let row = try rows.next() {
                let path: String = row[1]
                known[path] = (row[0], FileIdentity(path: path, size: row[2], modified: row[3], inode: row[4]), row[5])
            }
            return known
        }
    }

    /// Drops the entries of files under `folders` (real paths) that the walk no longer found.
    private func dropMissing(
        under folders: [String], keeping present: Set<String>,
        known: [String: (id: Int64, identity: FileIdentity, version: String)]
    ) throws -> Int {
        let roots = folders.compactMap { FileIdentity.realPath(of: $0) }.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        guard !roots.isEmpty else { return 0 }
        let gone = known.filter { path, _ in !present.contains(path) && roots.contains { path.hasPrefix($0) } }
        guard !gone.isEmpty else { return 0 }
        try pool.write { db in
            for (_, entry) in gone { try Self.delete(file: entry.id, in: db) }
        }
        return gone.count
    }

    static func delete(file id: Int64, in db: Database) throws {
        try db.execute(sql: "DELETE FROM search WHERE rowid IN (SELECT id FROM article WHERE file = ?)", arguments: [id])
        try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [id])
    }

    /// Writes `files` in one transaction, replacing what the index held for them.
    func write(_ files: [IndexedFile]) throws {
        guard !files.isEmpty else { return }
        try pool.write { db in
            for file in files {
                if let old = try Int64.fetchOne(db, sql: "SELECT id FROM file WHERE path = ?", arguments: [file.identity.path]) {
                    try Self.delete(file: old, in: db)
                }
                try db.execute(
                    sql: "INSERT INTO file (path, size, modified, inode, version, problems) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [
                        file.identity.path, file.identity.size, file.identity.modified, file.identity.inode, Extractor.version,
                        file.problems.joined(separator: "\n"),
                    ])
                let fileID = db.lastInsertedRowID
                for (ordinal, entry) in file.articles.enumerated() {
                    try IndexRows.insert(entry, file: fileID, ordinal: ordinal, in: db)
                }
            }
        }
    }
}

/// An article extracted, with its quotes' texts cut out by the worker that extracted it.
struct IndexedArticle: Sendable {
    var article: Article
    var extraction: ArticleExtraction
    var quoteTexts: [String]

    init(article: Article, extraction: ArticleExtraction) {
        self.article = article
        self.extraction = extraction
        quoteTexts = extraction.quoteTexts(in: article)
    }
}

/// Result slots that concurrent workers fill, each its own index.
final class Slots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: Value) { lock.withLock { storage[i] = value } }

    var values: [Value?] { lock.withLock { storage } }
}

/// Hands out 0, 1, 2… to concurrent workers.
final class Counter: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard next < limit else { return nil }
            defer { next += 1 }
            return next
        }
    }
}

/// A writer's error carried back to the refreshing thread.
struct IndexWriteError: Error, @unchecked Sendable {
    let underlying: any Error
}
