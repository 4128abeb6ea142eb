import Foundation
import GRDB
import SaywhoAttribution
import SaywhoCore

/// The state of the index, for `saywho index --status`.
public struct IndexStatus: Sendable {
    /// Bytes on disk: the database and its write-ahead log.
    public var bytes: Int64
    /// Files of the paths asked about that the index holds, and files it holds in all.
    public var files: Int
    public var allFiles: Int
    public var articles: Int
    public var quotes: Int
    /// Files of the paths asked about that a refresh would read again: new, changed, or
    /// indexed by another extractor version.
    public var stale: [String]
}

extension ArticleIndex {
    /// What the index holds, and which files of `listing` it holds out of date.
    public func status(_ listing: FileListing) throws -> IndexStatus {
        let known = try knownFiles()
        var stale: [String] = []
        var held = 0
        for path in listing.files {
            guard let identity = FileIdentity(of: path), let entry = known[identity.path] else {
                stale.append(path)
                continue
            }
            held += 1
            if entry.identity != identity || entry.version != Extractor.version { stale.append(path) }
        }
        let (articles, quotes) = try pool.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
                try Int.fetchOne(db, sql: "SELECT count(*) FROM quote") ?? 0
            )
        }
        let bytes = ["", "-wal"].reduce(Int64(0)) { total, suffix in
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path + suffix)[.size] as? NSNumber)?.int64Value
            return total + (size ?? 0)
        }
        return IndexStatus(
            bytes: bytes, files: held, allFiles: known.count, articles: articles, quotes: quotes, stale: stale)
    }
}
