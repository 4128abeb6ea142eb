import SaywhoCore

/// A plain text table for terminals: columns padded by display width, cells sanitised.
struct Table {
    var headers: [String]
    var rows: [[String]] = []
    /// Widest a column may grow; longer cells are cut with an ellipsis.
    var maxWidth = 60

    init(_ headers: String...) { self.headers = headers }

    mutating func add(_ cells: String...) { rows.append(cells.map { Sanitizer.visible($0) }) }

    func render() -> String {
        var widths = headers.map(\.count)
        let cut = rows.map { $0.map { Table.truncate($0, to: maxWidth) } }
        for row in cut { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], Table.width(cell)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, cell in
                i == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - Table.width(cell))
            }.joined(separator: "  ")
        }
        return ([line(headers)] + cut.map(line)).joined(separator: "\n") + "\n"
    }

    /// Columns a string takes: wide East Asian characters and emoji count two.
    static func width(_ s: String) -> Int {
        s.reduce(0) { total, c in
            let v = c.unicodeScalars.first!.value
            let wide = (v >= 0x1100 && v <= 0x115F) || (v >= 0x2E80 && v <= 0xA4CF) || (v >= 0xAC00 && v <= 0xD7A3)
                || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFE30 && v <= 0xFE4F) || (v >= 0xFF00 && v <= 0xFF60)
                || (v >= 0xFFE0 && v <= 0xFFE6) || (v >= 0x1F300 && v <= 0x1FAFF) || (v >= 0x20000 && v <= 0x3FFFD)
            return total + (wide ? 2 : 1)
        }
    }

    static func truncate(_ s: String, to width: Int) -> String {
        let flat = s.replacingOccurrences(of: "\n", with: " ¶ ")
        guard Table.width(flat) > width else { return flat }
        var out = ""
        var used = 0
        for c in flat {
            let w = Table.width(String(c))
            if used + w > width - 1 { break }
            out.append(c)
            used += w
        }
        return out + "…"
    }
}
