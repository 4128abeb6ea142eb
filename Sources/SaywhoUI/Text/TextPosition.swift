/// A place in wrapped text: a row of the wrapping and a column within it.
public struct TextPosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    /// Creates a position at `row`, `column`.
    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }

    public var description: String { "\(row):\(column)" }
}
