import Foundation
import SaywhoAttribution
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

/// The quote rows saywho extracts from `text`, for tests that check one sentence.
public func quoteRows(_ text: String) -> [QuoteRow] {
    let (article, extraction) = extractText(text)
    return extraction.rows(in: article)
}

/// A fresh temporary folder, removed by the caller.
public func temporaryFolder(_ name: String = "saywho-test") -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A bookmark for tests; `n` makes the text, and so the id, distinct.
public func sampleBookmark(_ n: Int = 1, note: String? = nil) -> Bookmark {
    Bookmark(
        created: Date(timeIntervalSince1970: 1_700_000_000 + Double(n)), note: note,
        text: "“We are thrilled, number \(n),” she said.", segments: [TextRange(10, 40)], speaker: "Jane Doe",
        mention: "she", channel: "Instagram Story", articleID: "a\(n)", title: "Title \(n)", path: "/news/a\(n).txt",
        outlet: "Daily Outlet", date: "2024-03-01")
}

/// A small corpus written for the reader's tests: three dated articles, four speakers.
public enum ReaderFixture {
    public static let articles: [Article] = [
        Article(
            id: "harbour", path: "fixture/harbour.txt", title: "Harbour plan approved", date: "2025-03-02",
            outlet: "Coastal Ledger",
            text: """
                The harbour board approved the dredging plan on Thursday.

                “This is a good day for the town,” said Mayor Lena Ortiz.

                Critics were less sure. “The cost will double,” said Tom Reyes, a spokesman for the fishermen’s union.

                “We will watch every dollar,” Ortiz added.
                """),
        Article(
            id: "school", path: "fixture/school.md", title: "School roof repaired", date: "2025-05-10", outlet: "Valley Post",
            text: """
                Repairs to the school roof finished early.

                “The children are back in their classrooms,” Mayor Lena Ortiz said on Monday.
                """),
        Article(
            id: "storm", path: "fixture/storm.json", title: "Storm closes bridge", date: "2024-11-20",
            text: """
                The bridge closed on Sunday as winds rose.

                “Nobody should cross until the wind drops,” a police spokeswoman said.

                “We expect to reopen by noon,” the spokeswoman said later.
                """),
    ]

    /// Who said what, fixed by hand so the reader's tests do not move with the engine.
    static let attributions:
        [String: [(quote: String, speaker: String, kind: SpeakerKind, mention: String, cue: String, channel: String?)]] = [
            "harbour": [
                ("“This is a good day for the town,”", "Lena Ortiz", .person, "Mayor Lena Ortiz", "said", nil),
                ("“The cost will double,”", "Tom Reyes", .person, "Tom Reyes", "said", nil),
                ("“We will watch every dollar,”", "Lena Ortiz", .person, "Ortiz", "added", nil),
            ],
            "school": [
                (
                    "“The children are back in their classrooms,”", "Lena Ortiz", .person, "Mayor Lena Ortiz", "said",
                    "a press conference"
                )
            ],
            "storm": [
                (
                    "“Nobody should cross until the wind drops,”", "A police spokeswoman", .unnamed, "a police spokeswoman",
                    "said", nil
                ),
                ("“We expect to reopen by noon,”", "A police spokeswoman", .unnamed, "the spokeswoman", "said", nil),
            ],
        ]

    public static var corpus: Corpus { corpus(articles) }

    /// A corpus of `articles`, quoted as the fixture says (an article it does not know has no quotes).
    public static func corpus(_ articles: [Article]) -> Corpus {
        var report = LoadReport()
        report.articles = articles
        return Corpus(report: report, extractions: articles.map(extraction))
    }

    static func extraction(_ article: Article) -> ArticleExtraction {
        let scalars = Array(article.text.unicodeScalars)
        func find(_ needle: String, from: Int = 0) -> TextRange {
            let n = Array(needle.unicodeScalars)
            var i = from
            while i + n.count <= scalars.count {
                var k = 0
                while k < n.count, scalars[i + k] == n[k] { k += 1 }
                if k == n.count { return TextRange(i, i + n.count) }
                i += 1
            }
            fatalError("fixture text not found: \(needle)")
        }
        var directory = SpeakerDirectory()
        var quotes: [Quote] = []
        for (n, a) in (attributions[article.id] ?? []).enumerated() {
            let range = find(a.quote)
            let mention = find(a.mention, from: range.end)
            let cue = find(a.cue, from: range.end)
            let id = directory.add(name: a.speaker, alias: a.mention, kind: a.kind)
            let paragraph = article.paragraphs.first { $0.contains(range.start) }!
            quotes.append(
                Quote(
                    id: "\(article.id)#\(n + 1)", articleID: article.id, segments: [range], kind: .direct,
                    attribution: Attribution(
                        speakerID: id, mention: a.mention, mentionRange: mention, cue: a.cue, cueRange: cue, channel: a.channel,
                        confidence: 0.9, evidence: paragraph, rule: "fixture")))
        }
        return ArticleExtraction(quotes: quotes, speakers: directory.speakers)
    }
}
