import Foundation
import SaywhoTestSupport
import Testing

/// The reader's feedback and small screens in a real terminal, on the seeds and on a corpus written here.
@Suite(.serialized) struct PolishEndToEndTests {
    /// Three articles: the newest has no quote, the others quote two people.
    static func writtenCorpus() throws -> URL {
        let folder = temporaryFolder("saywho-polish")
        let articles = [
            ("quiet.md", "Tide tables published", "2026-05-01", "The harbour office published next month's tide tables."),
            ("market.md", "Market hall reopens", "2026-04-01", "“We are open again,” said Ana Lind, who runs the bakery stall."),
            ("ferry.md", "Ferry timetable changes", "2026-03-01", "“Boats leave at seven,” said Bo Berg, the harbour master."),
        ]
        for (file, title, date, text) in articles {
            try "---\ntitle: \(title)\ndate: \(date)\n---\n\n\(text)\n".write(
                to: folder.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func corpus(_ name: String) throws -> String {
        name == "seeds" ? "seeds" : try writtenCorpus().path
    }

    @Test(arguments: ["seeds", "written"])
    func bookmarkFeedbackShowsAtFiftyColumns(corpus: String) throws {
        let tmux = try Tmux(columns: 50, rows: 20, arguments: [try Self.corpus(corpus)])
        try tmux.waitFor(text: "Quote 1/")
        try tmux.send("b")
        let screen = try tmux.waitFor(text: "bookmarked")
        #expect(screen.last?.hasSuffix("bookmarked") == true, "\(screen.last ?? "")")
        try tmux.send("b")
        try tmux.waitFor(text: "bookmark removed")
    }

    @Test(arguments: ["seeds", "written"])
    func theTooSmallNoticeFitsWhole(corpus: String) throws {
        let tmux = try Tmux(columns: 30, rows: 8, arguments: [try Self.corpus(corpus)])
        let screen = try tmux.waitFor(text: "30x8, need 40x10")
        #expect(screen.contains { $0.contains("Terminal too small") })
        try tmux.resize(columns: 20, rows: 5)
        try tmux.waitFor(text: "20x5, need 40x10")
    }

    @Test(arguments: ["seeds", "written"])
    func nextQuoteSaysWhenNoListedArticleHasOne(corpus: String) throws {
        let tmux = try Tmux(columns: 120, rows: 40, arguments: [try Self.corpus(corpus)])
        try tmux.waitFor(text: "Quote 1/")
        try tmux.send("BTab")
        try tmux.send("/")
        try tmux.waitFor(text: "search articles:")
        try tmux.send("zzqx", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor(text: "0 articles match")
        try tmux.send("n")
        try tmux.waitFor(text: "no more quotes")
    }

    @Test func theFirstScreenOpensOnTheFirstArticleWithQuotesAndShiftTabReachesTheList() throws {
        let tmux = try Tmux(columns: 70, rows: 24, arguments: [try Self.writtenCorpus().path])
        let screen = try tmux.waitFor(text: "Quote 1/1")
        #expect(screen[0].contains("Market hall reopens"), "\(screen[0])")
        #expect(screen.contains { $0.contains("“We are open again,”") && !$0.contains("bakery") }, "the strip shows the words")
        try tmux.send("BTab")
        let list = try tmux.waitFor(text: "▶ Articles 3")
        #expect(list.contains { $0.contains("Tide tables published") })
        try tmux.send("BTab")
        try tmux.waitFor(text: "▶ Quote 1/1")
    }

    @Test(arguments: ["seeds", "written"])
    func theBookmarkListDeletesAndPutsBack(corpus: String) throws {
        let tmux = try Tmux(columns: 120, rows: 40, arguments: [try Self.corpus(corpus)])
        try tmux.waitFor(text: "Quote 1/")
        try tmux.send("b")
        try tmux.waitFor(text: "bookmarked")
        try tmux.send("B")
        try tmux.waitFor(text: "Bookmarks 1, newest first")
        try tmux.send("d")
        try tmux.waitFor(text: "bookmark deleted (u puts it back)")
        #expect(try tmux.cli(["bookmarks", "list", "--format", "json"]).output == "[]\n")
        try tmux.send("u")
        try tmux.waitFor(text: "bookmark put back")
        let listed = try tmux.cli(["bookmarks", "list", "--format", "json"]).output
        #expect(listed.contains("\"id\""), "\(listed)")
        try tmux.send("a")
        try tmux.send("checked", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor(text: "note saved")
        #expect(try tmux.cli(["bookmarks", "list", "--format", "json"]).output.contains("\"note\" : \"checked\""))
    }
}
