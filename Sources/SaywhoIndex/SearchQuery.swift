/// A search as a user types it, turned into an FTS5 query that cannot be a syntax error.
///
/// Words must all occur (in any order); `"two words"` must occur as a phrase; a word ending
/// in `*` matches as a prefix (`harb*` finds harbour). Case and accents do not matter.
/// Everything else a user types (`-`, `:`, `(`, `AND`) is taken as text, never as an operator.
public struct SearchQuery: Hashable, Sendable {
    /// The query in FTS5's syntax, or nil when the text holds no word.
    public let fts: String?

    public init(_ text: String) {
        var terms: [String] = []
        var word = ""
        var phrase: String?
        func endWord() {
            defer { word = "" }
            var body = Substring(word)
            var prefix = false
            while body.hasSuffix("*") {
                body = body.dropLast()
                prefix = true
            }
            let inner = body.filter { $0 != "*" }
            guard inner.contains(where: { $0.isLetter || $0.isNumber }) else { return }
            terms.append(Self.quoted(String(inner)) + (prefix ? "*" : ""))
        }
        for character in text {
            if var open = phrase {
                if character == "\"" {
                    if open.contains(where: { $0.isLetter || $0.isNumber }) { terms.append(Self.quoted(open)) }
                    phrase = nil
                } else {
                    open.append(character)
                    phrase = open
                }
            } else if character == "\"" {
                endWord()
                phrase = ""
            } else if character.isWhitespace {
                endWord()
            } else {
                word.append(character)
            }
        }
        if let open = phrase, open.contains(where: { $0.isLetter || $0.isNumber }) { terms.append(Self.quoted(open)) }
        endWord()
        fts = terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    /// A string in FTS5's double quotes, with inner quotes doubled.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
