/// A problem with the index itself, written for the user; the reader then runs without it.
public enum IndexError: Error, Sendable, CustomStringConvertible {
    /// The cache folder cannot be made or written.
    case unwritable(path: String, reason: String)
    /// SQLite refused the database even after a fresh start.
    case unusable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unwritable(let path, let reason): "index \(path): cannot be written: \(reason)"
        case .unusable(let path, let reason): "index \(path): cannot be used: \(reason)"
        }
    }
}
