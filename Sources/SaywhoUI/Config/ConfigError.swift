import Foundation

/// A problem in the config file, written for the person who wrote it; the setting falls back to its default.
public enum ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not valid TOML; nothing in it is used.
    case syntax(file: String, line: Int, column: Int, reason: String)
    /// A setting is unknown or holds something saywho cannot use (a wrong type, an unknown command or key).
    case invalidValue(file: String, line: Int?, key: String, reason: String)
    /// The file exists but could not be read.
    case unreadable(file: String, reason: String)

    /// The config file.
    public var file: String {
        switch self {
        case .syntax(let file, _, _, _), .invalidValue(let file, _, _, _), .unreadable(let file, _): return file
        }
    }

    /// The line the problem is on, when known.
    public var line: Int? {
        switch self {
        case .syntax(_, let line, _, _): return line
        case .invalidValue(_, let line, _, _): return line
        case .unreadable: return nil
        }
    }

    /// What is wrong, without the place.
    public var reason: String {
        switch self {
        case .syntax(_, _, _, let reason), .unreadable(_, let reason): return reason
        case .invalidValue(_, _, let key, let reason): return "\(key): \(reason)"
        }
    }

    /// The message to show: `file:line: reason`.
    public var message: String {
        switch self {
        case .syntax(let file, let line, let column, let reason): return "\(file):\(line):\(column): \(reason)"
        default: return line.map { "\(file):\($0): \(reason)" } ?? "\(file): \(reason)"
        }
    }

    public var description: String { message }

    /// One status-bar line for the problems of a config file: the count, then the first in full
    /// (the file by its name, its line and what is wrong); nil when there are none.
    public static func summary(of problems: [ConfigError]) -> String? {
        guard let first = problems.first else { return nil }
        let name = (first.file as NSString).lastPathComponent
        var place = name
        if case .syntax(_, let line, let column, _) = first {
            place += ":\(line):\(column)"
        } else if let line = first.line {
            place += ":\(line)"
        }
        let detail = "\(place): \(first.reason)"
        if problems.count == 1 { return detail + " (default used)" }
        return "\(problems.count) config problems, first: \(detail) (defaults used; saywho config check lists all)"
    }
}
