import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reading the store file: its shape on disk, and reading it with or without the lock.
extension BookmarkStore {
    /// The store file: its version, the bookmarks, and any top-level field a later or another
    /// tool wrote (settings, say), kept through every write.
    struct StoreFile: Codable {
        var version: Int
        var bookmarks: [Bookmark]
        var extra: [String: JSONValue] = [:]

        init(version: Int, bookmarks: [Bookmark], extra: [String: JSONValue]) {
            self.version = version
            self.bookmarks = bookmarks
            self.extra = extra
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: AnyCodingKey.self)
            version = try c.decode(Int.self, forKey: AnyCodingKey("version"))
            bookmarks = try c.decode([Bookmark].self, forKey: AnyCodingKey("bookmarks"))
            extra = try c.unknownValues(besides: ["version", "bookmarks"])
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: AnyCodingKey.self)
            try c.encode(version, forKey: AnyCodingKey("version"))
            try c.encode(bookmarks, forKey: AnyCodingKey("bookmarks"))
            try c.encode(unknown: extra)
        }
    }

    struct VersionProbe: Decodable {
        var version: Int?
    }

    /// The bookmarks, read without the lock: writers replace the file by a rename, so a reader
    /// sees the old store or the new one whole, and reading needs neither the lock file nor a
    /// folder it may write to (a read-only data folder lists fine, and `list` creates nothing).
    /// Only a corrupt file, which must be set aside, takes the lock, and reads it again inside.
    func readWithoutLock() throws(BookmarkError) -> [Bookmark] {
        guard let data = try readData() else { return [] }
        do {
            return try decode(data)?.bookmarks ?? []
        } catch let error as BookmarkError {
            throw error
        } catch {
            return try withLock { () throws(BookmarkError) -> [Bookmark] in try readFile().bookmarks }
        }
    }

    /// The store file's bytes, or nil when there is no store yet; why it cannot be read otherwise.
    func readData() throws(BookmarkError) -> Data? {
        let path = fileURL.path
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw .io(file: path, reason: "cannot read the bookmark file: " + Self.errnoText())
        }
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw .io(file: path, reason: "cannot read the bookmark file: not a regular file")
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw .io(file: path, reason: "cannot read the bookmark file: " + Self.errnoText())
        }
    }

    /// The store file decoded, or nil for a blank one; a newer format version is refused.
    func decode(_ data: Data) throws -> StoreFile? {
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        if let probe = try? decoder.decode(VersionProbe.self, from: data), let version = probe.version,
            version > Self.formatVersion
        {
            throw BookmarkError.unsupportedVersion(file: fileURL.path, version: version)
        }
        return try decoder.decode(StoreFile.self, from: data)
    }

    func readFile() throws(BookmarkError) -> StoreFile {
        let empty = StoreFile(version: Self.formatVersion, bookmarks: [], extra: [:])
        guard let data = try readData() else { return empty }
        do {
            return try decode(data) ?? empty
        } catch let error as BookmarkError {
            throw error
        } catch {
            let keptAs = try setAside(reason: Self.describe(error))
            throw .corrupt(file: fileURL.path, keptAs: keptAs, reason: Self.describe(error))
        }
    }
}
