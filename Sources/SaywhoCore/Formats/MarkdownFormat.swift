import Foundation
import Yams

/// Markdown articles with optional YAML front matter (`title`, `date`, `outlet`, `author`, `url`).
///
/// Without a front-matter title, a leading `# Heading` is the title and is left out of the body.
public enum MarkdownFormat {
    public static func parse(_ text: String, path: String) throws(InputError) -> Article {
        var fields: [String: String] = [:]
        var body = Substring(text)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" {
            guard
                let closing = lines.dropFirst().firstIndex(where: {
                    let t = $0.trimmingCharacters(in: .whitespaces)
                    return t == "---" || t == "..."
                })
            else {
                throw .malformed(path: path, line: 1, reason: "front matter opened with --- is never closed")
            }
            let yamlText = lines[1..<closing].joined(separator: "\n")
            fields = try frontMatter(yamlText, path: path)
            body = closing + 1 < lines.count ? text[lines[closing + 1].startIndex...] : ""
        }
        var title = fields["title"]
        if title == nil {
            let stripped = body.drop(while: { $0.isNewline })
            if stripped.hasPrefix("# ") {
                let line = stripped.prefix(while: { !$0.isNewline })
                title = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                body = stripped.dropFirst(line.count)
            }
        }
        let bodyText = String(body.drop(while: { $0.isNewline })).trimmingTrailingWhitespace()
        guard bodyText.contains(where: { !$0.isWhitespace }) else { throw .empty(path: path) }
        return Article(
            id: fields["id"] ?? ArticleFormat.stem(of: path), path: path, title: title,
            date: ArticleFormat.normalizedDate(fields["date"]), outlet: fields["outlet"] ?? fields["publisher"],
            author: fields["author"], url: fields["url"], text: bodyText)
    }

    private static func frontMatter(_ yaml: String, path: String) throws(InputError) -> [String: String] {
        let node: Any?
        do {
            node = try Yams.load(yaml: yaml)
        } catch let error as YamlError {
            throw .malformed(path: path, line: nil, reason: "front matter is not valid YAML: \(describe(error))")
        } catch {
            throw .malformed(path: path, line: nil, reason: "front matter is not valid YAML")
        }
        guard let node else { return [:] }
        guard let map = node as? [String: Any] else {
            throw .malformed(path: path, line: 2, reason: "front matter must be a mapping of fields")
        }
        var fields: [String: String] = [:]
        for (key, value) in map {
            switch value {
            case let string as String: fields[key.lowercased()] = string
            case let date as Date: fields[key.lowercased()] = isoDay(date)
            case let list as [Any]: fields[key.lowercased()] = list.map { "\($0)" }.joined(separator: ", ")
            default: fields[key.lowercased()] = "\(value)"
            }
        }
        return fields
    }

    private static func describe(_ error: YamlError) -> String {
        // Yams' messages repeat the whole document; keep the first line.
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "syntax error"
    }

    private static func isoDay(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }
}
