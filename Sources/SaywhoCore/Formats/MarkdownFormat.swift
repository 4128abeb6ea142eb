import Foundation
import Yams

/// Markdown articles with optional YAML front matter (`title`, `date`, `outlet`, `author`, `url`, `lang`).
///
/// Without a front-matter title, a leading `# Heading` is the title and is left out of the body.
public enum MarkdownFormat {
    public static func parse(_ text: String, path: String) throws(InputError) -> Article {
        var warnings: [InputError] = []
        return try parse(text, path: path, warnings: &warnings)
    }

    /// The article of `text`; a front-matter date that is no calendar day is left out and warned about.
    public static func parse(_ text: String, path: String, warnings: inout [InputError]) throws(InputError) -> Article {
        var fields: [String: String] = [:]
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        // "\r\n" is one Character: lines end at either it or "\n".
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        var dateLine: Int?
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
            (fields, dateLine) = try frontMatter(yamlText, path: path)
            body = closing + 1 < lines.count ? body[lines[closing + 1].startIndex...] : ""
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
            date: ArticleDate.read(fields["date"], path: path, line: dateLine, warnings: &warnings),
            outlet: fields["outlet"] ?? fields["publisher"],
            author: fields["author"], url: fields["url"],
            language: (fields["lang"] ?? fields["language"]).flatMap(Language.init(tag:)),
            text: bodyText)
    }

    /// The front-matter fields saywho reads; every other key is left unbuilt.
    static let readKeys: Set<String> = ["id", "title", "date", "outlet", "publisher", "author", "url", "lang", "language"]

    /// The fields saywho reads, as text: a scalar, or a list of scalars joined by commas.
    ///
    /// The YAML is composed into nodes, never constructed into Swift values: a key that is a
    /// list or a mapping is refused instead of crashing the constructor, an alias is followed
    /// only where a field saywho reads points, and a "billion laughs" of nested aliases under
    /// any key costs one pass over the text. A date is kept as the text gives it (its own day,
    /// whatever the zone); `~`, `null` and empty values are absent.
    /// The line of the `date` value comes with them, for a warning about it.
    private static func frontMatter(
        _ yaml: String, path: String
    ) throws(InputError) -> (
        fields: [String: String], dateLine: Int?
    ) {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw .malformed(path: path, line: nil, reason: "front matter is not valid YAML: \(describe(error))")
        } catch {
            throw .malformed(path: path, line: nil, reason: "front matter is not valid YAML")
        }
        guard let root else { return ([:], nil) }
        guard let map = root.mapping else {
            throw .malformed(path: path, line: 2, reason: "front matter must be a mapping of fields")
        }
        var fields: [String: String] = [:]
        var dateLine: Int?
        for (key, value) in map {
            guard let name = key.scalar?.string else {
                throw .malformed(
                    path: path, line: key.mark.map { $0.line + 1 }, reason: "front matter has a key that is a list or a mapping")
            }
            let field = name.lowercased()
            guard readKeys.contains(field) else { continue }
            // YAML counts lines from 1 after the opening ---, which is the file's line 1.
            if field == "date" { dateLine = value.mark.map { $0.line + 1 } }
            if let scalar = value.scalar {
                if !isNull(scalar) { fields[field] = scalar.string }
            } else if let list = value.sequence, list.allSatisfy({ $0.scalar != nil }) {
                let items = list.compactMap { $0.scalar }.filter { !isNull($0) }.map(\.string)
                if !items.isEmpty { fields[field] = items.joined(separator: ", ") }
            } else {
                throw .malformed(
                    path: path, line: value.mark.map { $0.line + 1 },
                    reason: "front matter field \"\(name)\" must be text or a list of text")
            }
        }
        return (fields, dateLine)
    }

    /// `~`, `null` or nothing, unquoted: YAML's null.
    private static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private static func describe(_ error: YamlError) -> String {
        // Yams' messages repeat the whole document; keep the first line.
        String(describing: error).split(separator: "\n").first.map(String.init) ?? "syntax error"
    }
}
