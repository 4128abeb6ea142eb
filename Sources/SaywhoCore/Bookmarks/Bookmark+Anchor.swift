extension Bookmark {
    /// The quote's ranges in `text`: the stored offsets when they still hold the quote, else the quote found by its text.
    ///
    /// Tries the exact text first (segment by segment, the occurrence nearest the old offset
    /// winning), then the text with every run of whitespace taken as one space, split at the
    /// article's paragraph breaks. Nil when the quote is no longer in the text.
    public func anchor(in text: String) -> [TextRange]? {
        let scalars = Array(text.unicodeScalars)
        let parts = self.text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        if storedSegmentsMatch(scalars, parts) { return segments }
        if let exact = exactMatch(scalars, parts) { return exact }
        return normalisedMatch(scalars, text: text)
    }

    private func storedSegmentsMatch(_ scalars: [Unicode.Scalar], _ parts: [[Unicode.Scalar]]) -> Bool {
        guard parts.count == segments.count else { return false }
        return zip(segments, parts).allSatisfy { range, part in
            range.end <= scalars.count && scalars[range.start..<range.end].elementsEqual(part)
        }
    }

    private func exactMatch(_ scalars: [Unicode.Scalar], _ parts: [[Unicode.Scalar]]) -> [TextRange]? {
        guard let first = parts.first, !first.isEmpty else { return nil }
        let oldStart = segments.first?.start ?? 0
        let starts = Self.occurrences(of: first, in: scalars)
        guard let start = starts.min(by: { abs($0 - oldStart) < abs($1 - oldStart) }) else { return nil }
        var result = [TextRange(start, start + first.count)]
        var from = start + first.count
        for part in parts.dropFirst() {
            guard !part.isEmpty, let next = Self.occurrences(of: part, in: scalars, from: from, limit: 1).first else {
                return nil
            }
            result.append(TextRange(next, next + part.count))
            from = next + part.count
        }
        return result
    }

    private func normalisedMatch(_ scalars: [Unicode.Scalar], text: String) -> [TextRange]? {
        let (needle, _) = Self.collapsingWhitespace(Array(self.text.unicodeScalars))
        guard !needle.isEmpty else { return nil }
        let (hay, offsets) = Self.collapsingWhitespace(scalars)
        let oldStart = segments.first?.start ?? 0
        let found = Self.occurrences(of: needle, in: hay)
        guard let hit = found.min(by: { abs(offsets[$0] - oldStart) < abs(offsets[$1] - oldStart) }) else { return nil }
        let start = offsets[hit]
        let end = offsets[hit + needle.count - 1] + 1
        let pieces = Article.paragraphRanges(of: text).compactMap { paragraph -> TextRange? in
            let s = max(paragraph.start, start)
            let e = min(paragraph.end, end)
            return s < e ? TextRange(s, e) : nil
        }
        return pieces.isEmpty ? nil : pieces
    }

    /// `scalars` with leading and trailing whitespace dropped and inner runs as one space, with each kept scalar's offset.
    static func collapsingWhitespace(_ scalars: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int]) {
        var out: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var pendingSpace = false
        for (offset, scalar) in scalars.enumerated() {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                offsets.append(offset - 1)
                pendingSpace = false
            }
            out.append(scalar)
            offsets.append(offset)
        }
        return (out, offsets)
    }

    /// Start offsets where `needle` occurs in `hay` at or after `from`.
    static func occurrences(
        of needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int = 0, limit: Int = .max
    )
        -> [Int]
    {
        guard !needle.isEmpty, hay.count >= needle.count, from <= hay.count - needle.count else { return [] }
        var result: [Int] = []
        let first = needle[0]
        var i = from
        while i <= hay.count - needle.count, result.count < limit {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { result.append(i) }
            i += 1
        }
        return result
    }
}
