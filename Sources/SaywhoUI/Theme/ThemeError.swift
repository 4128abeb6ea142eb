/// Why a theme could not be loaded, written for the person who wrote the theme.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not valid TOML.
    case syntax(file: String, line: Int, column: Int, reason: String)
    /// A key holds something a theme cannot use (an unknown role or colour, a wrong type).
    case invalidValue(file: String, line: Int?, key: String, reason: String)
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// No theme of that name is in any theme folder.
    case notFound(name: String, searched: [String])

    /// The file the error is in (the theme name for `notFound`).
    public var file: String {
        switch self {
        case .syntax(let file, _, _, _), .invalidValue(let file, _, _, _), .unreadable(let file, _): return file
        case .notFound(let name, _): return name
        }
    }

    /// The line the error is on, when known.
    public var line: Int? {
        switch self {
        case .syntax(_, let line, _, _): return line
        case .invalidValue(_, let line, _, _): return line
        default: return nil
        }
    }

    /// What is wrong, without the place.
    public var reason: String {
        switch self {
        case .syntax(_, _, _, let reason), .unreadable(_, let reason): return reason
        case .invalidValue(_, _, let key, let reason): return "\(key): \(reason)"
        case .notFound(let name, let searched):
            return "no theme named '\(name)'" + (searched.isEmpty ? "" : " in " + searched.joined(separator: ", "))
        }
    }

    /// The message to show: `file:line: reason`.
    public var message: String {
        switch self {
        case .syntax(let file, let line, let column, let reason): return "\(file):\(line):\(column): \(reason)"
        case .notFound: return reason
        default: return line.map { "\(file):\($0): \(reason)" } ?? "\(file): \(reason)"
        }
    }

    public var description: String { message }
}
