import Foundation

/// Articles as JSON objects: one per file, an array of them, or one per line (JSON Lines).
///
/// Fields are read from the keys `ArticleField` lists (`text`, or `body` or `content`, is
/// required). A `.json` file is decoded by Foundation; JSON Lines by `JSONLineReader`,
/// the reader `saywho extract` uses too.
public enum JSONArticleFormat {
    public static func parseDocument(_ text: String, path: String) throws(InputError) -> [Article] {
        var warnings: [InputError] = []
        return try parseDocument(text, path: path, warnings: &warnings)
    }

    /// The articles of a `.json` file; a date that is no calendar day is left out and warned about.
    public static func parseDocument(
        _ text: String, path: String, warnings: inout [InputError]
    ) throws(InputError)
        -> [Article]
    {
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
                articles.append(
                    try article(
                        dict, path: path, line: nil, fallbackID: "\(ArticleFormat.stem(of: path))-\(n + 1)", warnings: &warnings))
            }
            if articles.isEmpty { throw .empty(path: path) }
            return articles
        }
        guard let dict = object as? [String: Any] else {
            throw .malformed(path: path, line: nil, reason: "expected an article object with a \"text\" field")
        }
        return [try article(dict, path: path, line: nil, fallbackID: ArticleFormat.stem(of: path), warnings: &warnings)]
    }

    /// Parses JSON Lines with `JSONLineReader`. A bad line is reported in `problems` and the other lines still load.
    public static func parseLines(_ text: String, path: String, problems: inout [InputError]) -> [Article] {
        var articles: [Article] = []
        var text = text
        let reader = JSONLineReader()
        let stem = ArticleFormat.stem(of: path)
        text.withUTF8 { bytes in
            LineSplitter.forEachLine(in: bytes) { number, line in
                do throws(JSONLineError) {
                    let record = try reader.record(line)
                    articles.append(
                        article(record, path: path, line: number, fallbackID: "\(stem)-\(number)", warnings: &problems))
                } catch {
                    problems.append(.malformed(path: path, line: number, reason: error.description))
                }
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

    /// The article of one JSON Lines record.
    static func article(
        _ record: JSONLineReader.Record, path: String, line: Int, fallbackID: String, warnings: inout [InputError]
    ) -> Article {
        Article(
            id: record.id ?? fallbackID, path: path, title: record.title,
            date: ArticleDate.read(record.date, path: path, line: line, warnings: &warnings),
            outlet: record.outlet, author: record.author, url: record.url,
            language: record.language.flatMap(Language.init(tag:)), text: record.text)
    }

    /// The article of one object of a JSON file, its fields read from the keys `ArticleField` names.
    static func article(
        _ dict: [String: Any], path: String, line: Int?, fallbackID: String, warnings: inout [InputError]
    ) throws(InputError) -> Article {
        func string(_ field: ArticleField) -> String? {
            for key in field.keys {
                if let s = dict[key] as? String, !s.isEmpty { return s }
                if let n = dict[key] as? NSNumber, !isBoolean(n) { return n.stringValue }
            }
            return nil
        }
        guard let text = string(.text) else {
            throw .malformed(path: path, line: line, reason: JSONLineError.noText.description)
        }
        return Article(
            id: string(.id) ?? fallbackID, path: path, title: string(.title),
            date: ArticleDate.read(string(.date), path: path, line: line, warnings: &warnings),
            outlet: string(.outlet), author: string(.author), url: string(.url),
            language: string(.language).flatMap(Language.init(tag:)), text: text)
    }

    /// True for the `true` and `false` of a JSON file, which Foundation gives as numbers: they are not text.
    private static func isBoolean(_ number: NSNumber) -> Bool {
        number === NSNumber(value: true) || number === NSNumber(value: false)
    }

    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
        return "syntax error"
    }
}
