import Foundation
import SaywhoTestSupport
import Testing

@testable import SaywhoCore

@Suite struct BookmarkFormatTests {
    @Test func markdownIsACitationWithTheNoteUnderIt() {
        var b = sampleBookmark(1, note: "Use in the intro.")
        b.text = "“First paragraph.\n“Second.”"
        b.title = "A title long enough that the reader's panes would cut it well before its end, kept whole here"
        b.url = "https://daily.example/2024/03/01/story"
        #expect(
            BookmarkFormat.markdown.render([b]) == """
                > “First paragraph.
                >
                > “Second.”
                >
                > — Jane Doe, Instagram Story, “A title long enough that the reader's panes would cut it well before its end, kept whole here”, Daily Outlet, 2024-03-01, <https://daily.example/2024/03/01/story>

                Use in the intro.

                """)
        var bare = sampleBookmark(2)
        bare.speaker = nil
        bare.channel = nil
        bare.outlet = nil
        bare.date = nil
        #expect(BookmarkFormat.markdown.render([bare]).hasSuffix(">\n> — Unattributed, “Title 2”\n"))
    }

    @Test func csvQuotesWhatNeedsIt() {
        var b = sampleBookmark(1, note: "He said \"no\", twice\nand left")
        b.title = "Plain"
        let csv = BookmarkFormat.csv.render([b])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == BookmarkCSV.columns.joined(separator: ","))
        #expect(csv.contains(",Plain,"))
        #expect(csv.contains("\"He said \"\"no\"\", twice\nand left\""))
        #expect(csv.contains(",10-40,"))
        b.url = "https://daily.example/a"
        let back = try? BookmarkCSV.parse(BookmarkFormat.csv.render([b]), file: "x.csv")
        #expect(back?.first?.url == "https://daily.example/a", "the url goes out and comes back")
    }

    @Test func csvAndJSONRoundTrip() throws {
        var tricky = sampleBookmark(3, note: "comma, \"quote\"\r\nnew line")
        tricky.segments = [TextRange(1, 5), TextRange(7, 9)]
        tricky.text = "line one\nline, two"
        tricky.outlet = nil
        let bookmarks = [sampleBookmark(1), sampleBookmark(2, note: "  spaced  "), tricky]
        for format in [BookmarkFormat.csv, .json] {
            let back = try BookmarkFormat.parse(Data(format.render(bookmarks).utf8), file: "x.\(format.rawValue)")
            #expect(back == bookmarks, "\(format)")
        }
    }

    @Test func csvWithFewColumnsInAnyOrderImports() throws {
        let csv = "note,TEXT,path\nremember,\"“Hi there,” he said.\",/a.txt\n\n"
        let back = try BookmarkFormat.parse(Data(csv.utf8), file: "x.csv")
        #expect(back.count == 1)
        #expect(back[0].note == "remember")
        #expect(back[0].id == Bookmark.id(path: "/a.txt", articleID: "", text: "“Hi there,” he said."))
    }

    /// An inverted or negative segment is refused by a JSON import as a CSV import refuses it,
    /// naming the file and the bookmark: such a bookmark crashed the reader at every start.
    @Test(arguments: [(5, 1, "ends before it starts"), (-5, 3, "starts before the text")])
    func unusableSegmentsAreRefusedOnImport(start: Int, end: Int, problem: String) throws {
        let export = Data(BookmarkFormat.json.render([sampleBookmark(1), sampleBookmark(2)]).utf8)
        var list = try #require(try JSONSerialization.jsonObject(with: export) as? [[String: Any]])
        list[1]["segments"] = [["start": start, "end": end]]
        let json = try JSONSerialization.data(withJSONObject: list)
        #expect {
            _ = try BookmarkFormat.parse(json, file: "team.json")
        } throws: { error in
            let message = (error as? BookmarkError)?.message ?? ""
            return message.hasPrefix("team.json: bookmark 2 (\(sampleBookmark(2).id))") && message.contains(problem)
        }
        let csv = "text,segments\n\"“We sail,” she said.\",\(start)-\(end)\n"
        #expect(throws: BookmarkError.self) { try BookmarkFormat.parse(Data(csv.utf8), file: "team.csv") }
    }

    @Test func badImportsNameFileAndLine() {
        func failure(_ text: String) -> BookmarkError? {
            do {
                _ = try BookmarkFormat.parse(Data(text.utf8), file: "in.csv")
                return nil
            } catch { return error }
        }
        #expect(failure("a,b\n1,2\n")?.message.hasPrefix("in.csv:1: no \"text\" column") == true)
        #expect(failure("text,segments\nhi,1-2\nho,x\n")?.message == "in.csv:3: segment \"x\" is not start-end")
        #expect(failure("text\n\"open\n")?.message == "in.csv:2: a quoted field is never closed")
        #expect(failure("[{\"id\": 1}]")?.message.hasPrefix("in.csv: not a bookmark export") == true)
    }
}

/// CSV exports are opened in spreadsheets: a cell that starts like a formula is written as text.
@Suite struct BookmarkCSVInjectionTests {
    @Test func formulaCellsAreDefusedAndReadBackAsWritten() throws {
        var bookmark = sampleBookmark(1, note: "+44 20 7946 0000, call back")
        bookmark.text = "=HYPERLINK(\"http://example.invalid\",\"click\")"
        bookmark.speaker = "@harbourtrust"
        bookmark.mention = "-"
        let csv = BookmarkCSV.render([bookmark])
        #expect(csv.contains("\"'=HYPERLINK("))
        #expect(csv.contains("'@harbourtrust"))
        #expect(csv.contains("\"'+44 20 7946 0000, call back\""))
        #expect(!csv.contains(",=") && !csv.contains(",@") && !csv.contains(",+"))
        let back = try BookmarkFormat.parse(Data(csv.utf8), file: "x.csv")
        #expect(back == [bookmark])
    }

    @Test func anApostropheThatStartsPlainTextStays() throws {
        var bookmark = sampleBookmark(2)
        bookmark.text = "'Tis the season,” she said."
        let back = try BookmarkFormat.parse(Data(BookmarkCSV.render([bookmark]).utf8), file: "x.csv")
        #expect(back.first?.text == bookmark.text)
    }
}
