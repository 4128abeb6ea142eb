import SaywhoCore

/// Cutting text to a display width without splitting a grapheme.
public enum Truncation {
    /// The longest prefix of `text` (sanitized) that fits in `width` columns, ending in `ellipsis` when cut.
    ///
    /// A wide grapheme that would straddle the limit is left out, never split.
    public static func truncate(_ text: some StringProtocol, toWidth width: Int, ellipsis: String = "…") -> String {
        let safe = Sanitizer.visible(text)
        guard width > 0 else { return "" }
        if DisplayWidth.of(safe) <= width { return safe }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let room = ellipsisWidth <= width ? width - ellipsisWidth : width
        var result = ""
        var used = 0
        for character in safe {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > room { break }
            result.append(character)
            used += characterWidth
        }
        return ellipsisWidth <= width ? result + ellipsis : result
    }

    /// The longest end of `text` (sanitized) that fits in `width` columns, for input whose end must stay in sight.
    ///
    /// A wide grapheme that would straddle the limit is left out, never split.
    public static func keepingEnd(_ text: some StringProtocol, toWidth width: Int) -> String {
        let safe = Sanitizer.visible(text)
        var used = 0
        var start = safe.endIndex
        while start > safe.startIndex {
            let before = safe.index(before: start)
            let w = DisplayWidth.of(safe[before])
            if used + w > width { break }
            used += w
            start = before
        }
        return String(safe[start...])
    }

    /// The longest prefix of `text` that fits in `width` columns; at least one grapheme, so callers always advance.
    public static func prefix(_ text: Substring, width: Int) -> Substring {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = DisplayWidth.of(text[index])
            if used + w > width, end > text.startIndex { break }
            used += w
            end = text.index(after: index)
            if used >= width { break }
        }
        return text[..<end]
    }
}
