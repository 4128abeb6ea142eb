import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

@Suite struct FormatTests {
    @Test func plainTextDateHeaderSharesTheLineWithTheFirstSentence() throws {
        let article = try PlainTextFormat.parse(
            " date 2024-03-01 The council met on Friday. It voted.\n\nA second paragraph.", path: "a/b/c.txt")
        #expect(article.id == "c")
        #expect(article.date == "2024-03-01")
        #expect(article.text.hasPrefix("The council met on Friday."))
        #expect(article.title == "The council met on Friday")
        #expect(article.paragraphs.count == 2)
    }

    @Test func plainTextWithoutHeaderHasNoDate() throws {
        let article = try PlainTextFormat.parse("Dates like date night are words.\nNext line.", path: "x.txt")
        #expect(article.date == nil)
        #expect(article.paragraphs.count == 2)
    }

    @Test func markdownFrontMatterGivesMetadata() throws {
        let text = """
            ---
            title: "Harbour plan approved"
            date: 2024-05-02
            outlet: The Coastal Ledger
            author: Ana Pérez
            url: https://example.org/harbour
            ---
            The harbour board approved the plan on Thursday.

            "It is a good day," said Mayor Lena Ortiz.
            """
        let article = try MarkdownFormat.parse(text, path: "harbour.md")
        #expect(article.title == "Harbour plan approved")
        #expect(article.date == "2024-05-02")
        #expect(article.outlet == "The Coastal Ledger")
        #expect(article.author == "Ana Pérez")
        #expect(article.url == "https://example.org/harbour")
        #expect(article.text.hasPrefix("The harbour board"))
    }

    @Test func markdownHeadingIsTheTitleWithoutFrontMatter() throws {
        let article = try MarkdownFormat.parse("# Storm closes schools\n\nSchools closed on Monday.", path: "storm.md")
        #expect(article.title == "Storm closes schools")
        #expect(article.text == "Schools closed on Monday.")
    }

    @Test func brokenFrontMatterNamesTheFile() {
        #expect(throws: InputError.self) { try MarkdownFormat.parse("---\ntitle: [unclosed\n---\nBody.", path: "bad.md") }
        do {
            _ = try MarkdownFormat.parse("---\ntitle: x\nBody never closes", path: "open.md")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("open.md"))
        }
    }

    @Test func jsonObjectAndJSONLines() throws {
        let one = try JSONArticleFormat.parseDocument(
            #"{"id": "a1", "title": "T", "date": "2023-01-09T10:00:00Z", "outlet": "Wire", "url": "u", "text": "Body."}"#,
            path: "a.json")
        #expect(one.count == 1)
        #expect(one[0].id == "a1")
        #expect(one[0].date == "2023-01-09")
        var problems: [InputError] = []
        let lines = JSONArticleFormat.parseLines(
            "{\"id\": \"x\", \"text\": \"One.\"}\nnot json\n{\"id\": \"y\", \"text\": \"Two.\"}\n{\"id\": \"z\"}\n",
            path: "feed.jsonl",
            problems: &problems)
        #expect(lines.map(\.id) == ["x", "y"])
        #expect(problems.count == 2)
        #expect(problems[0].description.hasPrefix("feed.jsonl:2:"))
        #expect(problems[1].description.contains("feed.jsonl:4"))
        #expect(problems[1].description.contains("text"))
    }

    @Test func jsonLinesReadTheSameKeysAsJSONAndMayEndInCarriageReturns() throws {
        let lines = try JSONArticleFormat.parseLines(
            "\u{FEFF}{\"body\": \"One.\", \"headline\": \"H\", \"published\": \"2024-05-01T08:00Z\"}\r\n\r\n{\"content\": \"Two.\", \"id\": 9, \"title\": true}\r\n",
            path: "feed.jsonl")
        #expect(lines.map(\.id) == ["feed-1", "9"])
        #expect(lines.map(\.text) == ["One.", "Two."])
        #expect(lines[0].title == "H")
        #expect(lines[0].date == "2024-05-01")
        // `true` is no title: the title comes from the text, in JSON Lines and JSON alike.
        #expect(lines[1].title == "Two")
        let one = try JSONArticleFormat.parseDocument(#"{"content": "Two.", "id": 9, "title": true}"#, path: "a.json")
        #expect(one.map(\.title) == ["Two"])
        #expect(one.map(\.id) == ["9"])
    }

    @Test func formatIsPickedByExtensionThenContent() {
        #expect(ArticleFormat(pathExtension: "MD") == .markdown)
        #expect(ArticleFormat(pathExtension: "ndjson") == .jsonLines)
        #expect(ArticleFormat(pathExtension: "docx") == nil)
        #expect(ArticleFormat.sniff("---\ntitle: a\n---\n") == .markdown)
        #expect(ArticleFormat.sniff("{\"text\": \"a\"}\n{\"text\": \"b\"}\n") == .jsonLines)
        #expect(ArticleFormat.sniff("{\"text\": \"a\"}") == .json)
        #expect(ArticleFormat.sniff("Plain words.") == .plainText)
    }
}

@Suite struct LoaderTests {
    @Test func badFilesAreReportedByNameAndTheOthersStillLoad() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ data: Data) throws { try data.write(to: folder.appendingPathComponent(name)) }
        try write("good.txt", Data("A good article. “We are ready,” said Jo Park.".utf8))
        try write("latin1.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]))
        try write("blob.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01]))
        try write("empty.md", Data())
        try write("notes.docx", Data("ignored".utf8))
        try write(".hidden.txt", Data("ignored".utf8))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try write("sub/inner.md", Data("---\ntitle: Inner\n---\nInner body.".utf8))

        let report = ArticleLoader.load([folder.path, folder.appendingPathComponent("missing.txt").path])
        #expect(report.articles.map(\.id).sorted() == ["good", "inner"])
        #expect(report.skippedHidden == 1)
        #expect(report.skippedUnknown == 1)
        #expect(report.skippedSummary == "skipped 1 hidden and 1 with an extension saywho does not read (files and folders)")
        #expect(LoadReport().skippedSummary == nil)
        let messages = report.problems.map(\.description)
        #expect(messages.contains { $0.contains("latin1.txt") && $0.contains("not UTF-8") && $0.contains("offset 3") })
        #expect(messages.contains { $0.contains("blob.txt") && $0.contains("binary") })
        #expect(messages.contains { $0.contains("empty.md") && $0.contains("empty") })
        #expect(messages.contains { $0.contains("missing.txt") && $0.contains("no such file") })
    }

    /// Issue 15, finding 9: nothing after an article's object on its line is dropped silently.
    @Test func twoObjectsOnALineOrTextAfterOneAreReportedByLine() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = [
            #"{"id": "a", "text": "One."}{"id": "b", "text": "Two."}"#, #"{"id": "c", "text": "Three."} and more"#,
            #"{"id": "d", "text": "Four."}"#,
        ]
        let file = folder.appendingPathComponent("two.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let report = ArticleLoader.load([file.path])
        #expect(report.articles.map(\.id) == ["d"])
        let messages = report.problems.map(\.description)
        #expect(messages.count == 2)
        #expect(messages[0].hasPrefix(file.path + ":1: not valid JSON: "), "\(messages)")
        #expect(messages[1].hasPrefix(file.path + ":2: not valid JSON: "), "\(messages)")
    }

    @Test func emptyFolderLoadsNothingWithoutCrashing() {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = ArticleLoader.load([folder.path])
        #expect(report.articles.isEmpty)
        #expect(report.problems.isEmpty)
    }
}
