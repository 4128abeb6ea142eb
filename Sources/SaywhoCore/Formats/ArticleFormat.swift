import Foundation

/// The on-disk shapes saywho reads articles from.
public enum ArticleFormat: String, Sendable, CaseIterable {
    case plainText
    case markdown
    case json
    case jsonLines

    /// The format an extension names, or nil when saywho does not read it.
    public init?(pathExtension ext: String) {
        switch ext.lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown": self = .markdown
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonLines
        default: return nil
        }
    }

    /// The format that a file's first characters suggest, for names without a known extension.
    public static func sniff(_ text: Substring) -> ArticleFormat {
        let head = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if head.hasPrefix("---") { return .markdown }
        if head.hasPrefix("{") {
            let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: true)
            if lines.count > 1, lines[0].trimmingCharacters(in: .whitespaces).hasSuffix("}"),
                lines[1].trimmingCharacters(in: .whitespaces).hasPrefix("{")
            {
                return .jsonLines
            }
            return .json
        }
        if head.hasPrefix("[") { return .json }
        return .plainText
    }

    /// Parses `text`, the content of the file at `path`, into articles.
    public func parse(_ text: String, path: String) throws(InputError) -> [Article] {
        var warnings: [InputError] = []
        return try parse(text, path: path, warnings: &warnings)
    }

    /// Parses `text` into articles, adding to `warnings` what was left out of them (a date that is no day).
    public func parse(_ text: String, path: String, warnings: inout [InputError]) throws(InputError) -> [Article] {
        switch self {
        case .plainText: return [try PlainTextFormat.parse(text, path: path, warnings: &warnings)]
        case .markdown: return [try MarkdownFormat.parse(text, path: path, warnings: &warnings)]
        case .json: return try JSONArticleFormat.parseDocument(text, path: path, warnings: &warnings)
        case .jsonLines:
            var problems: [InputError] = []
            let articles = JSONArticleFormat.parseLines(text, path: path, problems: &problems)
            if articles.isEmpty, let first = problems.first { throw first }
            if articles.isEmpty { throw .empty(path: path) }
            warnings += problems
            return articles
        }
    }
}

extension ArticleFormat {
    /// The file name without its extension: the id of a one-article file.
    static func stem(of path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        return stem.isEmpty ? name : stem
    }
}
