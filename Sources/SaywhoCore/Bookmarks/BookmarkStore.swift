import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Bookmarks kept in one JSON file, safe against crashes and shared safely between saywho processes.
///
/// Every call opens the file afresh: changes are a read-modify-write under an exclusive `flock`
/// on `bookmarks.json.lock`, re-reading the file inside the lock so another process's change in
/// between is kept, and the new file is written beside the old one, fsynced and renamed over it,
/// so a crash or `kill -9` leaves either the old store or the new one, never half of one.
public struct BookmarkStore: Sendable {
    /// The folder holding `bookmarks.json` and its lock file.
    public let directory: URL

    /// The store file.
    public var fileURL: URL { directory.appendingPathComponent("bookmarks.json") }
    /// The file locked while the store is read or changed.
    public var lockURL: URL { directory.appendingPathComponent("bookmarks.json.lock") }

    /// The format version written; files with a higher version are refused, never overwritten.
    public static let formatVersion = 1
    static let tempPrefix = ".bookmarks.json.tmp-"

    /// A store in `directory`, created on the first change.
    public init(directory: URL) {
        self.directory = directory
    }

    /// The store at `$XDG_DATA_HOME/saywho` (default `~/.local/share/saywho`).
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> BookmarkStore {
        BookmarkStore(directory: defaultDirectory(environment: environment))
    }

    /// `$XDG_DATA_HOME/saywho` when set and absolute, else `$HOME/.local/share/saywho`.
    public static func defaultDirectory(environment: [String: String]) -> URL {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return URL(fileURLWithPath: data, isDirectory: true).appendingPathComponent("saywho", isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/saywho", isDirectory: true)
    }

    // MARK: Reading

    /// Every bookmark, oldest first.
    ///
    /// A corrupt file is renamed to `bookmarks.json.corrupt-<timestamp>` and `.corrupt` thrown;
    /// the store is then empty, so the next call succeeds.
    public func all() throws(BookmarkError) -> [Bookmark] {
        try allWithSkipped().bookmarks
    }

    /// Every usable bookmark, and a message for each unusable one (see `Bookmark.problem`): those
    /// stay in the file untouched, so a later saywho or a hand edit can still mend them.
    public func allWithSkipped() throws(BookmarkError) -> (bookmarks: [Bookmark], skipped: [String]) {
        let stored = try readWithoutLock()
        var usable: [Bookmark] = []
        var skipped: [String] = []
        for bookmark in stored {
            if let problem = bookmark.problem {
                skipped.append("\(fileURL.path): skipped bookmark \(bookmark.id): \(problem)")
            } else {
                usable.append(bookmark)
            }
        }
        return (usable, skipped)
    }

    /// The bookmark with this id, if there is one.
    public func bookmark(id: String) throws(BookmarkError) -> Bookmark? {
        try all().first { $0.id == id }
    }

    /// Whether a bookmark with this id exists.
    public func contains(id: String) throws(BookmarkError) -> Bool {
        try bookmark(id: id) != nil
    }

    // MARK: Changing

    /// Adds `bookmark` unless one with its id exists; true when it was added.
    @discardableResult
    public func add(_ bookmark: Bookmark) throws(BookmarkError) -> Bool {
        try modify { (list: inout [Bookmark]) -> Bool in
            guard !list.contains(where: { $0.id == bookmark.id }) else { return false }
            list.append(bookmark)
            return true
        }
    }

    /// Removes the bookmark with this id; true when there was one.
    @discardableResult
    public func remove(id: String) throws(BookmarkError) -> Bool {
        try modify { (list: inout [Bookmark]) -> Bool in
            let before = list.count
            list.removeAll { $0.id == id }
            return list.count != before
        }
    }

    /// Adds `bookmark`, or removes the one with its id; true when it is bookmarked afterwards.
    public func toggle(_ bookmark: Bookmark) throws(BookmarkError) -> Bool {
        try modify { (list: inout [Bookmark]) -> Bool in
            if let index = list.firstIndex(where: { $0.id == bookmark.id }) {
                list.remove(at: index)
                return false
            }
            list.append(bookmark)
            return true
        }
    }

    /// Sets (or, with nil or blank text, clears) the note of the bookmark with this id.
    public func setNote(id: String, note: String?) throws(BookmarkError) {
        let value = Self.trimmedNote(note)
        try modify { (list: inout [Bookmark]) throws(BookmarkError) in
            guard let index = list.firstIndex(where: { $0.id == id }) else { throw .notFound(id: id) }
            list[index].note = value
        }
    }

    /// Sets (or clears) the note of `bookmark`, storing the bookmark first when it is not
    /// stored yet: in the reader, writing a note on a quote bookmarks it.
    public func setNote(_ note: String?, on bookmark: Bookmark) throws(BookmarkError) {
        let value = Self.trimmedNote(note)
        try modify { (list: inout [Bookmark]) throws(BookmarkError) in
            if let index = list.firstIndex(where: { $0.id == bookmark.id }) {
                list[index].note = value
            } else {
                var added = bookmark
                added.note = value
                list.append(added)
            }
        }
    }

    /// A note as stored: trimmed, and nil when nothing is left.
    private static func trimmedNote(_ note: String?) -> String? {
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed?.isEmpty == false ? trimmed : nil
    }

    /// Every bookmark, reading on past a corrupt file: the file is set aside (see `all()`),
    /// the problem returned for the caller to report once, and the fresh store read.
    public func allSettingAsideCorrupt() throws(BookmarkError) -> (
        bookmarks: [Bookmark], setAside: BookmarkError?, skipped: [String]
    ) {
        do {
            let (bookmarks, skipped) = try allWithSkipped()
            return (bookmarks, nil, skipped)
        } catch .corrupt(let file, let keptAs, let reason) {
            let (bookmarks, skipped) = try allWithSkipped()
            return (bookmarks, .corrupt(file: file, keptAs: keptAs, reason: reason), skipped)
        }
    }

    /// Adds the bookmarks whose ids are not in the store yet, in one change; returns how many were added.
    @discardableResult
    public func merge(_ bookmarks: [Bookmark]) throws(BookmarkError) -> Int {
        try modify { (list: inout [Bookmark]) -> Int in
            var known = Set(list.map(\.id))
            var added = 0
            for bookmark in bookmarks where !known.contains(bookmark.id) {
                list.append(bookmark)
                known.insert(bookmark.id)
                added += 1
            }
            return added
        }
    }

    /// Runs `change` on the current bookmarks under the lock and writes the result when it differs.
    public func modify<R>(_ change: (inout [Bookmark]) throws(BookmarkError) -> R) throws(BookmarkError) -> R {
        try withLock { () throws(BookmarkError) -> R in
            let file = try readFile()
            var list = file.bookmarks
            let result = try change(&list)
            if list != file.bookmarks { try write(list, extra: file.extra) }
            return result
        }
    }

    // MARK: File handling (call with the lock held)

    /// Renames the store to `bookmarks.json.corrupt-<UTC timestamp>` and returns the new path.
    func setAside(reason: String) throws(BookmarkError) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let base = fileURL.path + ".corrupt-" + formatter.string(from: Date())
        var target = base
        var counter = 2
        while FileManager.default.fileExists(atPath: target) {
            target = base + "-\(counter)"
            counter += 1
        }
        guard rename(fileURL.path, target) == 0 else {
            let why = Self.errnoText()
            throw .io(file: fileURL.path, reason: "not a valid bookmark file (\(reason)), and it could not be set aside: " + why)
        }
        Self.syncDirectory(directory.path)
        return target
    }

    func write(_ bookmarks: [Bookmark], extra: [String: JSONValue]) throws(BookmarkError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data: Data
        do {
            data =
                try encoder.encode(StoreFile(version: Self.formatVersion, bookmarks: bookmarks, extra: extra)) + Data("\n".utf8)
        } catch {
            throw .io(file: fileURL.path, reason: "cannot encode the bookmarks (\(error))")
        }
        // Through a symlinked store to the file it points to: replacing the link itself would
        // cut a synced copy off from every later change.
        let target = writeTarget()
        let targetFolder = target.deletingLastPathComponent()
        let temp = targetFolder.appendingPathComponent(Self.tempPrefix + "\(getpid())-" + UUID().uuidString.prefix(8)).path
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .io(file: temp, reason: "cannot create a temporary file: " + Self.errnoText()) }
        var renamed = false
        defer { if !renamed { unlink(temp) } }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Self.systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
        guard written, fsync(fd) == 0 else {
            let reason = Self.errnoText()
            close(fd)
            throw .io(file: temp, reason: "cannot write the bookmarks: " + reason)
        }
        guard close(fd) == 0 else { throw .io(file: temp, reason: "cannot write the bookmarks: " + Self.errnoText()) }
        guard rename(temp, target.path) == 0 else {
            let reason = Self.errnoText()
            throw .io(file: target.path, reason: "cannot replace the bookmark file: " + reason)
        }
        renamed = true
        Self.syncDirectory(targetFolder.path)
    }

    /// Runs `body` holding an exclusive `flock` on the lock file; first removes temp files a crashed writer left.
    func withLock<R>(_ body: () throws(BookmarkError) -> R) throws(BookmarkError) -> R {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .io(file: directory.path, reason: "cannot create the folder (\(error.localizedDescription))")
        }
        let fd = open(lockURL.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            // errno first: building the lock file's path may set it again.
            let reason = Self.errnoText()
            throw .io(file: lockURL.path, reason: "cannot open the lock file: " + reason)
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = Self.errnoText()
                throw .io(file: lockURL.path, reason: "cannot lock: " + reason)
            }
        }
        defer { flock(fd, LOCK_UN) }
        removeStaleTemporaryFiles()
        return try body()
    }

    /// The file a write replaces: the store, or the file a symlinked store points to (through a
    /// chain of links, relative ones read against their own folder), existing yet or not.
    func writeTarget() -> URL {
        var url = fileURL
        for _ in 0..<32 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) else { break }
            url = URL(fileURLWithPath: destination, relativeTo: url.deletingLastPathComponent()).standardizedFileURL
        }
        return url
    }

    /// With the lock held no one else is writing, so any temporary file left is from a writer that died.
    private func removeStaleTemporaryFiles() {
        for folder in Set([directory.path, writeTarget().deletingLastPathComponent().path]) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where name.hasPrefix(Self.tempPrefix) {
                unlink((folder as NSString).appendingPathComponent(name))
            }
        }
    }

    private static func syncDirectory(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    #if canImport(Glibc)
        private static let systemWrite = Glibc.write
    #else
        private static let systemWrite = Darwin.write
    #endif

    static func errnoText() -> String { String(cString: strerror(errno)) }

    /// A decoding error in a sentence: what was wrong and at which key.
    static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return keys.isEmpty ? "" : " at " + keys.joined(separator: ".")
        }
        switch error {
        case .dataCorrupted(let context):
            return "not valid JSON" + path(context)
        case .keyNotFound(let key, let context):
            return "missing \(key.stringValue)" + path(context)
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return context.debugDescription + path(context)
        @unknown default:
            return "\(error)"
        }
    }
}
