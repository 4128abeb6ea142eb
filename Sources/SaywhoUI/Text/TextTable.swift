/// A plain text table for terminals: columns padded by display width, cells sanitised and cut to fit.
///
/// The command line prints its lists with it. Widths come from ``DisplayWidth``, the
/// cutting from ``Truncation`` and the placeholders from SaywhoCore's `Sanitizer`, the
/// same as on the reader's screen, so a cell lines up exactly as it would in a pane.
public struct TextTable: Sendable {
    public var headers: [String]
    /// The rows as added, untrusted; they are cleaned when rendered.
    public private(set) var rows: [[String]] = []
    /// Widest a column may grow; longer cells are cut with an ellipsis.
    public var maxWidth = 60

    /// Creates a table with these column headers.
    public init(_ headers: String...) { self.headers = headers }

    /// Adds a row; its cells may be any untrusted text.
    public mutating func add(_ cells: String...) {
        rows.append(cells)
    }

    /// The table as lines ending in newlines: a header line, then one line a row.
    public func render() -> String {
        let header = headers.map { Self.cell($0, maxWidth: Int.max) }
        let body = rows.map { $0.map { Self.cell($0, maxWidth: maxWidth) } }
        let lines = [header] + body
        var widths = Array(repeating: 0, count: lines.map(\.count).max() ?? 0)
        for row in lines {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], DisplayWidth.of(cell)) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - DisplayWidth.of(cell))
            }.joined(separator: "  ")
        }
        return lines.map(line).joined(separator: "\n") + "\n"
    }

    /// A cell on one line: line breaks show as `¶`, then the text is sanitized and cut to `maxWidth` columns.
    static func cell(_ text: String, maxWidth: Int) -> String {
        var flat = ""
        for character in text {
            // "\r\n" is one character; both it and "\n" end a line.
            if character == "\n" || character == "\r\n" { flat += " ¶ " } else { flat.append(character) }
        }
        return Truncation.truncate(flat, toWidth: maxWidth)
    }
}
