/// Plain text articles: an optional `date YYYY-MM-DD` header on the first line, then paragraphs.
///
/// The header shares its line with the first sentence: `date 2020-07-22 Kim Kardashian has…`.
/// The date becomes metadata and the rest of the line stays body text.
public enum PlainTextFormat {
    public static func parse(_ text: String, path: String) throws(InputError) -> Article {
        var warnings: [InputError] = []
        return try parse(text, path: path, warnings: &warnings)
    }

    /// The article of `text`; a header whose date is no calendar day is left in the body and warned about.
    public static func parse(_ text: String, path: String, warnings: inout [InputError]) throws(InputError) -> Article {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        var date: String?
        let trimmed = body.drop(while: { $0 == " " || $0 == "\t" })
        if trimmed.hasPrefix("date ") || trimmed.hasPrefix("date\t") {
            let afterKeyword = trimmed.dropFirst(5).drop(while: { $0 == " " || $0 == "\t" })
            let candidate = afterKeyword.prefix(10)
            let rest = afterKeyword.dropFirst(candidate.count)
            // The date is a word of its own: `date 2024-03-14 The…`, never the start of a longer one.
            if rest.isEmpty || rest.first!.isWhitespace, let parsed = ArticleDate(String(candidate)) {
                switch parsed {
                case .day(let day):
                    date = day
                    body = rest.drop(while: { $0 == " " || $0 == "\t" })
                case .invalid:
                    warnings.append(.malformed(path: path, line: 1, reason: parsed.problem!))
                case .text:
                    break
                }
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
