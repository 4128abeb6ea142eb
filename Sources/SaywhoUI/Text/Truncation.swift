/// Cutting text to a display width without splitting a grapheme.
public enum Truncation {
    /// The longest prefix of `text` (sanitized) that fits in `width` columns, ending in `ellipsis` when cut.
    ///
    /// A wide grapheme that would straddle the limit is left out, never split.
    public static func truncate(_ text: some StringProtocol, toWidth width: Int, ellipsis: String = "…") -> String {
        let safe = GlyphSanitizer.sanitize(text)
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
}
