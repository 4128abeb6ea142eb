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
        let head = text.drop(while: { $0.isWhitespace })
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
        switch self {
        case .plainText: return [try PlainTextFormat.parse(text, path: path)]
        case .markdown: return [try MarkdownFormat.parse(text, path: path)]
        case .json: return try JSONArticleFormat.parseDocument(text, path: path)
        case .jsonLines: return try JSONArticleFormat.parseLines(text, path: path)
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

    /// `YYYY-MM-DD` from a date or timestamp string, else the string trimmed.
    static func normalizedDate(_ raw: String?) -> String? {
        guard let raw = raw?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
        let scalars = Array(raw.unicodeScalars.prefix(10))
        if scalars.count == 10, scalars[4] == "-", scalars[7] == "-",
            scalars.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || ("0"..."9").contains($0.element) })
        {
            return String(String.UnicodeScalarView(scalars))
        }
        return raw
    }
}
