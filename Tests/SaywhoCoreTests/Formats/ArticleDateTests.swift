import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

/// Dates are kept as the calendar day the article gives, or refused with a warning naming the file (issue 15, finding 10).
@Suite struct ArticleDateTests {
    @Test(arguments: [
        ("2024-03-14", "2024-03-14"), ("2024-02-29", "2024-02-29"), ("2000-02-29", "2000-02-29"),
        ("2024-12-31T23:30:00-05:00", "2024-12-31"), ("2025-01-01T00:30:00+14:00", "2025-01-01"),
        ("  2023-01-09T10:00:00Z ", "2023-01-09"),
    ])
    func aCalendarDayIsKeptAsTheArticleGivesIt(raw: String, day: String) {
        #expect(ArticleDate(raw) == .day(day))
        #expect(ArticleDate(raw)?.problem == nil)
    }

    @Test(arguments: [
        "2024-02-30", "2023-02-29", "1900-02-29", "2024-13-45", "2024-00-10", "2024-04-31", "0000-01-01",
        "２０２４-０３-１４", "٢٠٢٤-٠٣-١٤", "2024-03-1４",
    ])
    func aDateThatNamesNoDayIsRefused(raw: String) {
        #expect(ArticleDate(raw) == .invalid(raw))
        #expect(ArticleDate(raw)?.stored == nil)
        #expect(ArticleDate(raw)?.problem?.contains("\"\(raw)\" is not a calendar date") == true)
    }

    @Test func otherTextIsKeptAndBlankIsAbsent() {
        #expect(ArticleDate("March 14, 2024") == .text("March 14, 2024"))
        #expect(ArticleDate("nightclubs") == .text("nightclubs"))
        #expect(ArticleDate("  ") == nil)
        #expect(ArticleDate(nil) == nil)
    }

    @Test func everyFormatWarnsAboutADateThatIsNoDayAndStillLoadsTheArticle() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        try write("a.md", "---\ntitle: Harbour\ndate: 2024-02-30\n---\nThe harbour reopened.\n")
        try write("b.json", #"{"id": "b", "date": "2024-13-45", "text": "The ferry sailed."}"#)
        try write(
            "c.jsonl",
            #"{"id": "c1", "date": "2024-03-14", "text": "One."}"# + "\n" + #"{"id": "c2", "date": "２０２４-０３-１４", "text": "Two."}"#
        )
        try write("d.txt", "date 2024-02-30 The pier was closed.\n")
        try write("e.md", "---\ndate: 2024-12-31T23:30:00-05:00\n---\nThe year ended.\n")
        let report = ArticleLoader.load([folder.path])
        let dates = Dictionary(uniqueKeysWithValues: report.articles.map { ($0.id, $0.date) })
        #expect(dates == ["a": nil, "b": nil, "c1": "2024-03-14", "c2": nil, "d": nil, "e": "2024-12-31"])
        let messages = report.problems.map(\.description)
        #expect(messages.count == 4, "\(messages)")
        #expect(
            messages.contains {
                $0.hasSuffix("a.md:3: date \"2024-02-30\" is not a calendar date (YYYY-MM-DD); the article has no date")
            })
        #expect(
            messages.contains {
                $0.hasSuffix("b.json: date \"2024-13-45\" is not a calendar date (YYYY-MM-DD); the article has no date")
            })
        #expect(
            messages.contains {
                $0.hasSuffix("c.jsonl:2: date \"２０２４-０３-１４\" is not a calendar date (YYYY-MM-DD); the article has no date")
            })
        #expect(
            messages.contains {
                $0.hasSuffix("d.txt:1: date \"2024-02-30\" is not a calendar date (YYYY-MM-DD); the article has no date")
            })
        // The .txt header that is no day is left in the text, as the docs say.
        #expect(report.articles.first { $0.id == "d" }?.text.hasPrefix("date 2024-02-30 The pier") == true)
    }
}

/// The `.txt` date header takes only a date (issue 15, finding 11), front matter reads with CRLF and a BOM (finding 12).
@Suite struct HeaderLineTests {
    @Test func aWordAfterDateIsNoDateAndStaysInTheText() throws {
        let article = try PlainTextFormat.parse("date nightclubs reopened on Friday. The mayor came.\n", path: "n.txt")
        #expect(article.date == nil)
        #expect(article.text.hasPrefix("date nightclubs reopened"))
        #expect(article.title == "date nightclubs reopened on Friday")
        let glued = try PlainTextFormat.parse("date 2024-03-14th of March was busy.\n", path: "g.txt")
        #expect(glued.date == nil)
        #expect(glued.text.hasPrefix("date 2024-03-14th"))
    }

    @Test func aHeaderWithATabOrAByteOrderMarkIsRead() throws {
        let tabbed = try PlainTextFormat.parse("\u{FEFF}date\t2024-03-14\tThe pier reopened.\n", path: "t.txt")
        #expect(tabbed.date == "2024-03-14")
        #expect(tabbed.text == "The pier reopened.")
        let plain = try PlainTextFormat.parse("\u{FEFF}The pier reopened.\n", path: "p.txt")
        #expect(plain.text == "The pier reopened.", "the byte-order mark is no part of the text")
    }

    @Test(arguments: ["\r\n", "\n"], [false, true])
    func frontMatterReadsWithEitherLineEndAndAByteOrderMark(newline: String, bom: Bool) throws {
        let lines = [
            "---", "title: Harbour reopens", "date: 2024-03-14", "outlet: The Calder Courier", "---", "",
            "The harbour reopened on Monday.", "Boats came back.",
        ]
        let text = (bom ? "\u{FEFF}" : "") + lines.joined(separator: newline) + newline
        let article = try MarkdownFormat.parse(text, path: "crlf.md")
        #expect(article.title == "Harbour reopens")
        #expect(article.date == "2024-03-14")
        #expect(article.outlet == "The Calder Courier")
        #expect(article.text.hasPrefix("The harbour reopened on Monday."))
        #expect(!article.text.contains("---"))
        #expect(ArticleFormat.sniff(Substring(text)) == .markdown)
    }
}
