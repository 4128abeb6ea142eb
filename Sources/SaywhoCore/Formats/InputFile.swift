import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opening what a path names, with the system's own reason when it cannot be read.
///
/// One place for the loader, `extract --input` and `bookmarks import`: a FIFO, a device
/// or a socket is "not a regular file" (reading one could wait forever, or never end;
/// `extract` and `import` read a FIFO, as the shell's `<(…)` gives them),
/// and a file the walk cannot reach (no permission, a path longer than the system takes,
/// a link to nothing) is reported with the reason, never skipped in silence.
public enum InputFile {
    /// What a path is, following links.
    public enum Kind: Sendable {
        case folder
        case regularFile
        /// A FIFO, a device or a socket.
        case special
    }

    /// What `path` names; `.notFound` when nothing is there, `.unreadable` with the reason otherwise.
    public static func kind(of path: String) throws(InputError) -> Kind {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = errno
            if code == ENOENT {
                // A link whose target is missing is there, and says so.
                var link = stat()
                if lstat(path, &link) == 0 { throw .unreadable(path: path, reason: "a link to a missing file") }
                throw .notFound(path: path)
            }
            throw .unreadable(path: path, reason: reason(code))
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .regularFile
        default: return .special
        }
    }

    /// The bytes of the regular file at `path`; with `pipes`, a FIFO is read to its end too.
    public static func read(_ path: String, pipes: Bool = false) throws(InputError) -> Data {
        // A socket cannot be opened, and a device may never end: refused before opening.
        var before = stat()
        if stat(path, &before) == 0 {
            let type = before.st_mode & S_IFMT
            if type != S_IFREG && type != S_IFDIR && !(pipes && type == S_IFIFO) { throw .notRegularFile(path: path) }
        }
        // O_NONBLOCK: opening a FIFO with no writer would wait forever.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { throw .notFound(path: path) }
            throw .unreadable(path: path, reason: reason(code))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .unreadable(path: path, reason: reason(errno)) }
        let type = status.st_mode & S_IFMT
        if type == S_IFDIR { throw .unreadable(path: path, reason: "a folder") }
        let isPipe = type == S_IFIFO
        guard type == S_IFREG || (pipes && isPipe) else { throw .notRegularFile(path: path) }
        // A pipe is read as it comes: blocking again, to its end.
        if isPipe { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) }
        do {
            return try handle.readToEnd() ?? Data()
        } catch {
            throw .unreadable(path: path, reason: reason(errno))
        }
    }

    /// The system's words for an errno: `Permission denied`, `File name too long`.
    public static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
