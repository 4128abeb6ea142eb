/// Plain text articles: an optional `date YYYY-MM-DD` header on the first line, then paragraphs.
///
/// The header shares its line with the first sentence: `date 2020-07-22 Kim Kardashian has…`.
/// The date becomes metadata and the rest of the line stays body text.
public enum PlainTextFormat {
    public static func parse(_ text: String, path: String) throws(InputError) -> Article {
        var body = Substring(text)
        var date: String?
        let trimmed = body.drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" })
        if trimmed.hasPrefix("date ") {
            let afterKeyword = trimmed.dropFirst(5).drop(while: { $0 == " " })
            let candidate = String(afterKeyword.prefix(10))
            if let normalized = ArticleFormat.normalizedDate(candidate), normalized.count == 10, normalized == candidate {
                date = normalized
                body = afterKeyword.dropFirst(10).drop(while: { $0 == " " || $0 == "\t" })
            }
        }
        let bodyText = String(body).trimmingTrailingWhitespace()
        guard bodyText.contains(where: { !$0.isWhitespace }) else { throw .empty(path: path) }
        return Article(id: ArticleFormat.stem(of: path), path: path, date: date, text: bodyText)
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[..<end])
    }
}
