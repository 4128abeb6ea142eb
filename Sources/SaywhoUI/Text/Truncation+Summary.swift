import SaywhoCore

extension Truncation {
    /// A one-line summary of a status message in `width` columns that keeps what it did and to what.
    ///
    /// Messages name an action and its object (`bookmarked`, `TITLE: article no longer in this
    /// corpus`, `showing quotes by NAME`). When the message is too long, the part that only
    /// identifies the object (a title before `: `, a quoted query) is shortened first; failing
    /// that the middle gives way, so the first word (the verb) and the end (the object) stay.
    public static func summary(_ message: String, toWidth width: Int) -> String {
        let text = Sanitizer.visible(message)
        let total = DisplayWidth.of(text)
        guard width > 0 else { return "" }
        if total <= width { return text }
        let excess = total - width
        if let span = elasticSpan(in: text) {
            let spanText = text[span]
            let keep = DisplayWidth.of(spanText) - excess
            if keep >= 2 {
                return String(text[..<span.lowerBound]) + truncate(spanText, toWidth: keep) + String(text[span.upperBound...])
            }
        }
        // Keep the first word and as much of the end as fits, with an ellipsis between.
        let firstWord = text.prefix { $0 != " " }
        let headWidth = DisplayWidth.of(firstWord)
        if headWidth + 4 <= width / 2 + 2, headWidth < total {
            let rest = text[firstWord.endIndex...]
            return String(firstWord) + " …" + keepingEnd(rest, toWidth: width - headWidth - 2)
        }
        return truncate(text, toWidth: width)
    }

    /// The part of a message that only names its object: a title before `: `, or the longest quoted text.
    private static func elasticSpan(in text: String) -> Range<String.Index>? {
        var best: Range<String.Index>?
        func consider(_ range: Range<String.Index>) {
            guard !range.isEmpty else { return }
            if best == nil || text[range].count > text[best!].count { best = range }
        }
        var index = text.startIndex
        while index < text.endIndex {
            let open = text[index]
            if let close = ["\"": "\"", "“": "”", "«": "»"][open],
                let end = text[text.index(after: index)...].firstIndex(of: Character(close))
            {
                consider(text.index(after: index)..<end)
                index = text.index(after: end)
            } else {
                index = text.index(after: index)
            }
        }
        if let colon = text.range(of: ": "), colon.lowerBound > text.startIndex {
            consider(text.startIndex..<colon.lowerBound)
        }
        return best
    }
}
