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
        var (ok, screen) = try tmux.waitFor(text: "Quote 1/10")
        #expect(ok, "\(screen.joined(separator: "\n"))")
        try tmux.send("n")
        (ok, screen) = try tmux.waitFor(text: "Quote 2/10")
        #expect(ok, "\(screen.joined(separator: "\n"))")
        let text = screen.joined(separator: "\n")
        #expect(text.contains("Kim Kardashian"))
        #expect(text.contains("Instagram"))
        try tmux.send("N")
        try tmux.send("N")
        (ok, screen) = try tmux.waitFor(text: "Quote 10/10")
        #expect(ok, "\(screen.joined(separator: "\n"))")
        // The side pane may still be drawing when the title changes: wait for its last line.
        (ok, screen) = try tmux.waitFor(text: "Entertainment Tonight")
        #expect(ok, "\(screen.joined(separator: "\n"))")
        let last = screen.joined(separator: "\n")
        #expect(last.contains("A source"))
        #expect(last.contains("unnamed source"))
        #expect(last.contains("Entertainment Tonight"))
    }

    @Test func speakerFilterShowsOnlyArticlesQuotingTheSpeaker() throws {
        let tmux = try Tmux(columns: 120, rows: 40, arguments: ["seeds"])
        _ = try tmux.waitFor(text: "Articles 1")
        try tmux.send("s")
        _ = try tmux.waitFor(text: "Speaker filter")
        try tmux.send("kard", literal: true)
        try tmux.send("Enter")
        let (ok, screen) = try tmux.waitFor(text: "speaker: Kim Kardashian")
        #expect(ok, "\(screen.joined(separator: "\n"))")
        let text = screen.joined(separator: "\n")
        #expect(text.contains("Articles 1/"), "only one article quotes her")
        #expect(text.contains("Kim Kardashian has"))
        #expect(!text.contains("Vance"), "no other article is listed")
    }

    @Test func resizeToNarrowStacksPanesWithoutCuttingCharacters() throws {
        let tmux = try Tmux(columns: 120, rows: 40, arguments: [seed])
        _ = try tmux.waitFor(text: "Quote 1/10")
        try tmux.resize(columns: 70, rows: 24)
        // Right after the resize tmux shows the old frame cropped; wait for the reader's own stacked frame.
        func stacked(_ screen: [String]) -> Bool {
            let rows = paneRows(screen)
            return screen.filter { $0.hasPrefix("┌") }.count == 2 && rows.count >= 20
                && rows.allSatisfy { DisplayWidth.of($0) == 70 && ($0.hasSuffix("│") || $0.hasSuffix("┐") || $0.hasSuffix("┘")) }
        }
        let (ok, screen) = try tmux.waitFor(stacked)
        #expect(ok, "reader above attribution, every row 70 columns with its border: \(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("Quote 1/10") }, "the current quote is still shown")
    }

    @Test func quitRestoresTheTerminal() throws {
        let tmux = try Tmux(columns: 100, rows: 30, arguments: [seed])
        _ = try tmux.waitFor(text: "Quote 1/10")
        try tmux.send("q")
        let (ok, screen) = try tmux.waitFor(text: "saywho exited 0")
        #expect(ok, "\(screen.joined(separator: "\n"))")
        let text = screen.joined(separator: "\n")
        #expect(text.contains("shell before saywho"), "the screen before saywho is back")
        #expect(!text.contains("┌"), "nothing of the reader is left")
    }

    @Test(arguments: [(120, 40), (60, 20)])
    func wideCharactersKeepBordersAligned(columns: Int, rows: Int) throws {
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
        let (ok, screen) = try tmux.waitFor { screen in
            screen.joined().contains("Quote 1/") && self.paneRows(screen).count >= rows - 2
                && self.paneRows(screen).allSatisfy { DisplayWidth.of($0) == columns }
        }
        #expect(ok, "every pane row is \(columns) columns wide: \(screen.joined(separator: "\n"))")
        for row in paneRows(screen) {
            #expect(DisplayWidth.of(row) == columns, "row is \(DisplayWidth.of(row)) columns, not \(columns): \(row)")
        }
        #expect(screen.joined().contains("漢字") || columns < 100)
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
            _ = try tmux.waitFor(text: "Quote 1/10")
            try tmux.send("n")
            _ = try tmux.waitFor(text: "Quote 2/10")
            try tmux.send("b")
            var (ok, screen) = try tmux.waitFor(text: "bookmarked")
            #expect(ok, "\(screen.joined(separator: "\n"))")
            try tmux.send("a")
            try tmux.send("for the profile", literal: true)
            try tmux.send("Enter")
            (ok, screen) = try tmux.waitFor(text: "note saved")
            #expect(ok, "\(screen.joined(separator: "\n"))")
            try tmux.send("q")
            (ok, screen) = try tmux.waitFor(text: "saywho exited 0")
            #expect(ok, "\(screen.joined(separator: "\n"))")
        }
        let tmux = try Tmux(columns: 120, rows: 40, arguments: [seed], home: home)
        _ = try tmux.waitFor(text: "Quote 1/10")
        try tmux.send("n")
        var (ok, screen) = try tmux.waitFor(text: "★ saved")
        #expect(ok, "the bookmark is there after a restart: \(screen.joined(separator: "\n"))")
        #expect(screen.joined(separator: "\n").contains("for the profile"))
        try tmux.send("B")
        (ok, screen) = try tmux.waitFor(text: "Bookmarks 1")
        #expect(ok, "\(screen.joined(separator: "\n"))")
        try tmux.send("q")
        try tmux.send("q")
        _ = try tmux.waitFor(text: "saywho exited 0")

        let listed = try tmux.cli(["bookmarks", "list", "--format", "json"])
        #expect(listed.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        #expect(json.count == 1)
        #expect(json.first?["speaker"] as? String == "Kim Kardashian")
        #expect(json.first?["note"] as? String == "for the profile")
        #expect((json.first?["text"] as? String)?.hasPrefix("“Those that understand mental illness") == true)
    }
}
