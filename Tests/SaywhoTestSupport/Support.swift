import Foundation
import SaywhoCore

/// Locations shared by the test suites.
public enum TestPaths {
    /// The package root, found from this source file.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled sample articles.
    public static let seeds: URL = packageRoot.appendingPathComponent("seeds")

    /// The product's sample article.
    public static let seedArticle: URL = seeds.appendingPathComponent("000_ea6d62d9a66d076f.txt")
}

/// A quote reduced to what tests compare: its text and who said it where.
public struct QuoteRow: Hashable, CustomStringConvertible, Sendable {
    public var text: String
    public var speaker: String?
    public var mention: String?
    public var channel: String?

    public init(text: String, speaker: String?, mention: String? = nil, channel: String? = nil) {
        self.text = text
        self.speaker = speaker
        self.mention = mention
        self.channel = channel
    }

    public var description: String { "[\(speaker ?? "nil") | \(mention ?? "nil") | \(channel ?? "nil")] \(text)" }
}

extension ArticleExtraction {
    /// The quotes as rows, for comparing with a table in a test.
    public func rows(in article: Article) -> [QuoteRow] {
        quotes.map { quote in
            QuoteRow(
                text: quote.text(in: article), speaker: speaker(for: quote)?.name, mention: quote.attribution?.mention,
                channel: quote.attribution?.channel)
        }
    }
}

/// Extracts from a text written in a test, as one article.
public func extractText(_ text: String, id: String = "test") -> (Article, ArticleExtraction) {
    let article = Article(id: id, path: "\(id).txt", text: text)
    return (article, Extractor().extract(article))
}

/// A fresh temporary folder, removed by the caller.
public func temporaryFolder(_ name: String = "saywho-test") -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
