extension CellBuffer {
    /// The cells to write to bring a screen showing `previous` up to this buffer.
    ///
    /// Returns the columns and rows of leading cells (never continuation cells):
    /// a changed continuation cell makes its wide grapheme be written again. With
    /// no previous frame, or one of another size, every leading cell is returned.
    public func changes(since previous: CellBuffer?) -> [(x: Int, y: Int)] {
        var result: [(x: Int, y: Int)] = []
        let comparable = previous.map { $0.width == width && $0.height == height } ?? false
        for y in 0..<height {
            var lastWritten = -1
            for x in 0..<width {
                let cell = self[x, y]
                if comparable, let previous, previous[x, y] == cell { continue }
                let lead = cell.isContinuation && x > 0 ? x - 1 : x
                if lead > lastWritten, !self[lead, y].isContinuation {
                    result.append((lead, y))
                    lastWritten = lead
                }
            }
        }
        return result
    }
}
