/// A problem with an input file, written for the person who gave it.
public enum InputError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case notUTF8(path: String, byteOffset: Int)
    /// A FIFO, a device or a socket, where an article file was expected.
    case notRegularFile(path: String)
    case binary(path: String)
    case malformed(path: String, line: Int?, reason: String)
    case empty(path: String)
    case noArticles(paths: [String])
    /// A folder reached again through a link (a loop, or a second way in): read once only.
    case linkedAgain(path: String, target: String)

    /// The file the problem is about.
    public var path: String {
        switch self {
        case .notFound(let path), .unreadable(let path, _), .notUTF8(let path, _), .binary(let path), .notRegularFile(let path),
            .malformed(let path, _, _), .empty(let path), .linkedAgain(let path, _):
            return path
        case .noArticles(let paths):
            return paths.joined(separator: ", ")
        }
    }

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such file or folder"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read: \(reason)"
        case .notUTF8(let path, let offset):
            return "\(path): not UTF-8 text (invalid byte at offset \(offset))"
        case .notRegularFile(let path):
            return "\(path): not a regular file (a FIFO, a device or a socket)"
        case .binary(let path):
            return "\(path): binary file, not an article"
        case .malformed(let path, let line, let reason):
            return line.map { "\(path):\($0): \(reason)" } ?? "\(path): \(reason)"
        case .empty(let path):
            return "\(path): empty, no article text"
        case .noArticles(let paths):
            return "no readable article in \(paths.joined(separator: ", "))"
        case .linkedAgain(let path, let target):
            return "\(path): a link to \(target), a folder already read; skipped"
        }
    }
}
