#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What tells one version of a file from another without reading it: the index re-reads a
/// file whose identity changed since it was indexed.
public struct FileIdentity: Hashable, Sendable {
    /// The file's real path: links resolved, so two ways to one file are one file.
    public var path: String
    public var size: Int64
    /// Modification time in nanoseconds since the epoch.
    public var modified: Int64
    public var inode: Int64

    public init(path: String, size: Int64, modified: Int64, inode: Int64) {
        self.path = path
        self.size = size
        self.modified = modified
        self.inode = inode
    }

    /// The identity of the file at `path` now, or nil when it cannot be reached.
    public init?(of path: String) {
        guard let resolved = Self.realPath(of: path) else { return nil }
        var info = stat()
        guard stat(resolved, &info) == 0 else { return nil }
        self.path = resolved
        self.size = Int64(info.st_size)
        #if canImport(Darwin)
            self.modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
            self.modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
        self.inode = Int64(bitPattern: UInt64(info.st_ino))
    }
}

extension FileIdentity {
    /// The real path of `path` (links resolved), or nil when it cannot be reached.
    public static func realPath(of path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
