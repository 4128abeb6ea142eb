import Foundation
import SaywhoTestSupport
import SaywhoUI
import Testing

/// The reader in a real terminal: tmux types the keys and reads the screen.
@Suite(.serialized) struct ReaderEndToEndTests {
    let seed = "seeds/000_ea6d62d9a66d076f.txt"

    /// Rows drawn as part of a pane: they start with a border glyph.
    func paneRows(_ screen: [String]) -> [String] {
        screen.filter { $0.hasPrefix("│") || $0.hasPrefix("┌") || $0.hasPrefix("└") }
    }

    @Test func quoteJumpsShowSpeakerAndChannel() throws {
        let tmux = try Tmux(columns: 120, rows: 40, arguments: [seed])
        try tmux.waitFor(text: "Quote 1/10")
        try tmux.send("n")
        let second = try tmux.waitFor(text: "Quote 2/10").joined(separator: "\n")
        #expect(second.contains("Kim Kardashian"))
        #expect(second.contains("Instagram"))
        try tmux.send("N")
        try tmux.send("N")
        try tmux.waitFor(text: "Quote 10/10")
        // The side pane may still be drawing when the title changes: wait for its last line.
        let last = try tmux.waitFor(text: "Entertainment Tonight").joined(separator: "\n")
        #expect(last.contains("A source"))
        #expect(last.contains("unnamed source"))
        #expect(last.contains("Entertainment Tonight"))
    }

    @Test func speakerFilterShowsOnlyArticlesQuotingTheSpeaker() throws {
        let tmux = try Tmux(columns: 120, rows: 40, arguments: ["seeds"])
        try tmux.waitFor(text: "Articles 1")
        try tmux.send("s")
        try tmux.waitFor(text: "Speaker filter")
        try tmux.send("kard", literal: true)
        try tmux.send("Enter")
        let text = try tmux.waitFor(text: "speaker: Kim Kardashian").joined(separator: "\n")
        #expect(text.contains("Articles 1/"), "only one article quotes her")
        #expect(text.contains("Kim Kardashian has"))
        #expect(!text.contains("Vance"), "no other article is listed")
    }

    @Test func resizeToNarrowStacksPanesWithoutCuttingCharacters() throws {
        let tmux = try Tmux(columns: 120, rows: 40, arguments: [seed])
        try tmux.waitFor(text: "Quote 1/10")
        try tmux.resize(columns: 70, rows: 24)
        // Right after the resize tmux shows the old frame cropped; wait for the reader's own stacked frame.
        let screen = try tmux.waitFor("reader above attribution, every row 70 columns with its border") { screen in
            let rows = paneRows(screen)
            return screen.filter { $0.hasPrefix("┌") }.count == 2 && rows.count >= 20
                && rows.allSatisfy { DisplayWidth.of($0) == 70 && ($0.hasSuffix("│") || $0.hasSuffix("┐") || $0.hasSuffix("┘")) }
        }
        #expect(screen.contains { $0.contains("Quote 1/10") }, "the current quote is still shown")
    }

    @Test func quitRestoresTheTerminal() throws {
        let tmux = try Tmux(columns: 100, rows: 30, arguments: [seed])
        try tmux.waitFor(text: "Quote 1/10")
        try tmux.send("q")
        let text = try tmux.waitFor(text: "saywho exited 0").joined(separator: "\n")
        #expect(text.contains("shell before saywho"), "the screen before saywho is back")
        #expect(!text.contains("┌"), "nothing of the reader is left")
    }

    /// Each size with the panes it shows side by side on the top row.
    @Test(arguments: [(120, 40, 3), (60, 20, 1)])
    func wideCharactersKeepBordersAligned(columns: Int, rows: Int, panesOnTop: Int) throws {
        let folder = temporaryFolder("saywho-cjk")
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = """
            date 2025-06-01 港区の新しい橋が開通した。市長は「これは町にとって大きな一歩です 🎉」と述べた。

            Residents cheered. “Best day ever 😀👍🏽 — 漢字 and café and e\u{301} too,” said Aiko Tanaka, a local shop owner.

            「橋の名前は『潮見橋』です」と担当者は説明した。🇯🇵 👨‍👩‍👧
            """
        try article.write(to: folder.appendingPathComponent("bridge.txt"), atomically: true, encoding: .utf8)
        let tmux = try Tmux(columns: columns, rows: rows, arguments: [folder.appendingPathComponent("bridge.txt").path])
        // Wait for a whole frame: a capture can land while the first one is still being written.
        let screen = try tmux.waitFor("every pane row \(columns) columns wide") { screen in
            screen.joined().contains("Quote 1/") && self.paneRows(screen).count >= rows - 2
                && self.paneRows(screen).allSatisfy { DisplayWidth.of($0) == columns }
        }
        for row in paneRows(screen) {
            #expect(DisplayWidth.of(row) == columns, "row is \(DisplayWidth.of(row)) columns, not \(columns): \(row)")
        }
        #expect(screen[0].filter { $0 == "┌" }.count == panesOnTop, "\(screen[0])")
        // The reader wraps the second paragraph with the wide characters on its first row, at every size.
        #expect(screen.contains { $0.contains("│Residents cheered.") && $0.contains("漢字") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("│「橋の名前は『潮見橋』です」と担当者は説明した。") }, "\(screen.joined(separator: "\n"))")
    }
}

/// Bookmarks made in the reader outlive it and show in the command line.
@Suite(.serialized) struct BookmarkEndToEndTests {
    @Test func bookmarkSurvivesARestartAndListsInJSON() throws {
        let home = temporaryFolder("saywho-e2e-bookmarks")
        defer { try? FileManager.default.removeItem(at: home) }
        let seed = "seeds/000_ea6d62d9a66d076f.txt"
        do {
            let tmux = try Tmux(columns: 120, rows: 40, arguments: [seed], home: home)
            try tmux.waitFor(text: "Quote 1/10")
            try tmux.send("n")
            try tmux.waitFor(text: "Quote 2/10")
            try tmux.send("b")
            try tmux.waitFor(text: "bookmarked")
            try tmux.send("a")
            try tmux.send("for the profile", literal: true)
            try tmux.send("Enter")
            try tmux.waitFor(text: "note saved")
            try tmux.send("q")
            try tmux.waitFor(text: "saywho exited 0")
        }
        let tmux = try Tmux(columns: 120, rows: 40, arguments: [seed], home: home)
        try tmux.waitFor(text: "Quote 1/10")
        try tmux.send("n")
        // The bookmark is there after a restart.
        let screen = try tmux.waitFor(text: "★ saved")
        #expect(screen.joined(separator: "\n").contains("for the profile"))
        try tmux.send("B")
        try tmux.waitFor(text: "Bookmarks 1")
        try tmux.send("q")
        try tmux.send("q")
        try tmux.waitFor(text: "saywho exited 0")

        let listed = try tmux.cli(["bookmarks", "list", "--format", "json"])
        #expect(listed.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json.first?["speaker"] as? String == "Kim Kardashian")
        #expect(json.first?["note"] as? String == "for the profile")
        #expect((json.first?["text"] as? String)?.hasPrefix("“Those that understand mental illness") == true)
    }
}
