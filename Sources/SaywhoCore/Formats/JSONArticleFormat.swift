import Foundation

/// Articles as JSON objects: one per file, an array of them, or one per line (JSON Lines).
///
/// Fields: `id`, `title`, `date` (or `publication_date`), `outlet` (or `publisher`),
/// `author`, `url`, `lang` (or `language`), `text` (or `body`). Only `text` is required.
public enum JSONArticleFormat {
    public static func parseDocument(_ text: String, path: String) throws(InputError) -> [Article] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw .malformed(path: path, line: nil, reason: "not valid JSON: \(reason(error))")
        }
        if let list = object as? [Any] {
            var articles: [Article] = []
            for (n, item) in list.enumerated() {
                guard let dict = item as? [String: Any] else {
                    throw .malformed(path: path, line: nil, reason: "item \(n + 1) of the array is not an object")
                }
                articles.append(try article(dict, path: path, line: nil, fallbackID: "\(ArticleFormat.stem(of: path))-\(n + 1)"))
            }
            if articles.isEmpty { throw .empty(path: path) }
            return articles
        }
        guard let dict = object as? [String: Any] else {
            throw .malformed(path: path, line: nil, reason: "expected an article object with a \"text\" field")
        }
        return [try article(dict, path: path, line: nil, fallbackID: ArticleFormat.stem(of: path))]
    }

    /// Parses JSON Lines. A bad line is reported in `problems` and the other lines still load.
    public static func parseLines(_ text: String, path: String, problems: inout [InputError]) -> [Article] {
        var articles: [Article] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !$0.isWhitespace }) else { continue }
            do {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
                guard let dict = object as? [String: Any] else {
                    problems.append(.malformed(path: path, line: lineNumber, reason: "not a JSON object"))
                    continue
                }
                articles.append(
                    try article(dict, path: path, line: lineNumber, fallbackID: "\(ArticleFormat.stem(of: path))-\(lineNumber)"))
            } catch let error as InputError {
                problems.append(error)
            } catch {
                problems.append(.malformed(path: path, line: lineNumber, reason: "not valid JSON: \(reason(error))"))
            }
        }
        return articles
    }

    public static func parseLines(_ text: String, path: String) throws(InputError) -> [Article] {
        var problems: [InputError] = []
        let articles = parseLines(text, path: path, problems: &problems)
        if articles.isEmpty, let first = problems.first { throw first }
        if articles.isEmpty { throw .empty(path: path) }
        return articles
    }

    static func article(_ dict: [String: Any], path: String, line: Int?, fallbackID: String) throws(InputError) -> Article {
        func string(_ keys: String...) -> String? {
            for key in keys {
                if let s = dict[key] as? String, !s.isEmpty { return s }
                if let n = dict[key] as? NSNumber { return n.stringValue }
            }
            return nil
        }
        guard let text = string("text", "body", "content") else {
            throw .malformed(path: path, line: line, reason: "article has no \"text\" field")
        }
        return Article(
            id: string("id") ?? fallbackID, path: path, title: string("title", "headline"),
            date: ArticleFormat.normalizedDate(string("date", "publication_date", "published")),
            outlet: string("outlet", "publisher", "source"), author: string("author", "byline"),
            url: string("url", "link"), language: string("lang", "language").flatMap(Language.init(tag:)), text: text)
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return "syntax error"
    }
}
