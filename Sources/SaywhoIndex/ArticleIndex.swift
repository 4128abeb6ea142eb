import Foundation
import GRDB
import SaywhoAttribution

/// The persistent index of articles, quotes and speakers in the user's cache (SQLite).
///
/// One database serves every corpus: files are keyed by their real path and identity, and
/// each records the extractor version that indexed it. Many processes may read it while one
/// writes (WAL); every refresh step is one transaction, so a killed process leaves the
/// index as it was after its last finished step.
public final class ArticleIndex: Sendable {
    /// Where the database lives.
    public let url: URL
    /// What went wrong with an earlier database, when it had to be moved aside on opening.
    public let recovery: String?
    let pool: DatabasePool

    /// The index at `$XDG_CACHE_HOME/saywho/index.sqlite` (else `~/.cache/saywho/…`).
    public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let cache: URL
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            cache = URL(fileURLWithPath: xdg)
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
            cache = home.appendingPathComponent(".cache")
        }
        return cache.appendingPathComponent("saywho").appendingPathComponent("index.sqlite")
    }

    /// Opens the index at `url`, making it when missing.
    ///
    /// A file that is not a database, or one whose schema SQLite cannot read, is moved aside
    /// (renamed with a `.corrupt-DATE` suffix) and a fresh index is made in its place;
    /// `recovery` says so. Damage deeper in the file shows when it is read: see
    /// `isDamage(_:)` and `rebuilt(after:)`.
    public init(url: URL = ArticleIndex.defaultURL()) throws(IndexError) {
        self.url = url
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .unwritable(path: folder.path, reason: (error as NSError).localizedDescription)
        }
        do {
            pool = try Self.open(url)
            recovery = nil
        } catch {
            if let error = error as? DatabaseError, !Self.isDamage(error) {
                throw .unusable(path: url.path, reason: Self.reason(error))
            }
            let aside = Self.moveAside(url)
            recovery =
                "index \(url.path) could not be read (\(Self.reason(error))); moved to \(aside.lastPathComponent) and rebuilt"
            do {
                pool = try Self.open(url)
            } catch {
                throw .unusable(path: url.path, reason: Self.reason(error))
            }
        }
    }

    private init(url: URL, pool: DatabasePool, recovery: String) {
        self.url = url
        self.pool = pool
        self.recovery = recovery
    }

    /// True for the errors of a damaged database (corrupt pages, not a database at all), after
    /// which the index is moved aside and rebuilt rather than trusted.
    public static func isDamage(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode)
    }

    /// A fresh index in place of this damaged one, which is moved aside; `recovery` says so.
    public func rebuilt(after error: any Error) throws(IndexError) -> ArticleIndex {
        try? pool.close()
        let aside = Self.moveAside(url)
        do {
            return ArticleIndex(
                url: url, pool: try Self.open(url),
                recovery: "index \(url.path) is damaged (\(Self.reason(error))); moved to \(aside.lastPathComponent) and rebuilt")
        } catch {
            throw .unusable(path: url.path, reason: Self.reason(error))
        }
    }

    private static func open(_ url: URL) throws -> DatabasePool {
        var configuration = Configuration()
        // Another saywho writing waits its turn instead of failing.
        configuration.busyMode = .timeout(30)
        configuration.label = "saywho index"
        let pool = try DatabasePool(path: url.path, configuration: configuration)
        // Reading the schema reads the header and the schema's pages: a file that is not a
        // database, or one scribbled over at its start, fails here, at no cost for a large index.
        try pool.read { db in _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        do {
            try IndexSchema.migrator.migrate(pool)
        } catch {
            // Two processes making a new index at once: the one that lost the race finds the
            // tables made by the other, and its second look finds the migration recorded.
            try IndexSchema.migrator.migrate(pool)
        }
        return pool
    }

    /// Renames the database and its WAL files out of the way; returns the new name of the database.
    private static func moveAside(_ url: URL) -> URL {
        let stamp = ISO8601DateFormatter().string(from: Date()).replacingOccurrences(of: ":", with: "")
        let aside = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".corrupt-" + stamp)
        let manager = FileManager.default
        try? manager.moveItem(at: url, to: aside)
        for suffix in ["-wal", "-shm"] {
            let side = URL(fileURLWithPath: url.path + suffix)
            try? manager.moveItem(at: side, to: URL(fileURLWithPath: aside.path + suffix))
        }
        return aside
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "SQLite error \(error.resultCode.rawValue)" }
        return "\(error)"
    }
}
