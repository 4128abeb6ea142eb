/// Why the bookmark store or an import could not be used, written for the person reading it.
public enum BookmarkError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The store file was not valid; it was renamed to `keptAs` and the store starts empty.
    case corrupt(file: String, keptAs: String, reason: String)
    /// The store was written by a newer saywho; it is left alone and nothing is changed.
    case unsupportedVersion(file: String, version: Int)
    /// A file could not be read, written, locked or renamed.
    case io(file: String, reason: String)
    /// An import file is neither a JSON nor a CSV bookmark export.
    case invalidImport(file: String, line: Int?, reason: String)
    /// No bookmark has this id.
    case notFound(id: String)

    /// The file the error is about (the id for `notFound`).
    public var file: String {
        switch self {
        case .corrupt(let file, _, _), .unsupportedVersion(let file, _), .io(let file, _), .invalidImport(let file, _, _):
            return file
        case .notFound(let id): return id
        }
    }

    /// The message to show.
    public var message: String {
        switch self {
        case .corrupt(let file, let keptAs, let reason):
            return "\(file): not a valid bookmark file (\(reason)); kept it as \(keptAs) and started with no bookmarks"
        case .unsupportedVersion(let file, let version):
            return "\(file): written by a newer saywho (format version \(version)); left unchanged"
        case .io(let file, let reason):
            return "\(file): \(reason)"
        case .invalidImport(let file, let line, let reason):
            return line.map { "\(file):\($0): \(reason)" } ?? "\(file): \(reason)"
        case .notFound(let id):
            return "no bookmark with id \(id)"
        }
    }

    public var description: String { message }
}
