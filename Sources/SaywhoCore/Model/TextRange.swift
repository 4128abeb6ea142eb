/// A half-open range of Unicode scalar offsets into an article's text.
///
/// Scalars are the unit the evaluation files and the JSON output use, so the
/// model keeps them too; converting to `String.Index` happens only at the edges.
public struct TextRange: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "TextRange start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public static func < (a: TextRange, b: TextRange) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }

    public var description: String { "\(start)..<\(end)" }
}
