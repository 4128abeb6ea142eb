/// Why one line of a JSON Lines file gives no article; the loader adds the file and line.
public enum JSONLineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not JSON: what is wrong, and the column (in bytes, from 1) where it was found.
    case invalid(reason: String, column: Int)
    /// JSON, but an array, a string or a number instead of an object.
    case notAnObject
    /// An object without a non-empty `text`, `body` or `content`.
    case noText

    public var description: String {
        switch self {
        case .invalid(let reason, let column): return "not valid JSON: \(reason) (column \(column))"
        case .notAnObject: return "not a JSON object"
        case .noText: return "article has no \"text\" field"
        }
    }
}
