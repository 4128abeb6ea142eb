import Foundation
import SaywhoTestSupport
import Testing

/// The reader takes its quotes from the index in the cache.
@Suite(.serialized) struct ReaderIndexTests {
    @Test func theReaderBuildsTheIndexAndOpensTheSameWayFromIt() throws {
        var screens: [[String]] = []
        let home = temporaryFolder("saywho-reader-index")
        for _ in 0..<2 {
            let tmux = try Tmux(columns: 120, rows: 40, arguments: ["seeds"], home: home)
            try tmux.waitFor(text: "article 1/")
            try tmux.send("n")
            _ = try tmux.waitFor(text: "Quote 2/")
            // The frame once it is whole: drawn twice alike.
            var screen = try tmux.screen()
            for _ in 0..<20 {
                usleep(100_000)
                let again = try tmux.screen()
                if again == screen { break }
                screen = again
            }
            screens.append(screen)
            try tmux.send("q")
            _ = try tmux.waitFor(text: "saywho exited 0")
        }
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("cache/saywho/index.sqlite").path))
        #expect(screens[0] == screens[1])
        let status = try runProgram(
            try TestPaths.builtProduct("saywho").path, ["index", "--status", "seeds"],
            environment: ["XDG_CACHE_HOME": home.appendingPathComponent("cache").path, "HOME": home.path],
            directory: TestPaths.packageRoot.path)
        #expect(status.output.contains("stale      none"), "\(status.output)")
    }

    @Test func aDamagedIndexIsRebuiltAndTheReaderSaysSoOnExit() throws {
        let home = temporaryFolder("saywho-reader-index")
        let cache = home.appendingPathComponent("cache/saywho")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try Data(repeating: 0x41, count: 4096).write(to: cache.appendingPathComponent("index.sqlite"))
        let tmux = try Tmux(columns: 120, rows: 40, arguments: ["seeds"], home: home)
        // The status bar says so at once, and the list on exit says it again.
        try tmux.waitFor(text: "moved aside and rebuilt")
        try tmux.send("q")
        let screen = try tmux.waitFor(text: "saywho exited 0")
        let shown = screen.joined(separator: " ")
        #expect(shown.contains("index.sqlite: the index was damaged;") && shown.contains("moved aside and rebuilt"), "\(screen)")
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.path)
        #expect(names.contains { $0.hasPrefix("index.sqlite.corrupt-") }, "\(names)")
    }

    @Test func slashInTheArticleListSearchesTheIndex() throws {
        let tmux = try Tmux(columns: 120, rows: 40, arguments: ["seeds"])
        try tmux.waitFor(text: "article 1/")
        try tmux.send("BTab")
        try tmux.send("/")
        try tmux.waitFor(text: "search articles:")
        try tmux.send("\"electric ferry\"", literal: true)
        try tmux.send("Enter")
        let screen = try tmux.waitFor(text: "1 article match")
        let shown = screen.joined(separator: "\n")
        #expect(shown.contains("Brightwater orders"), "\(screen)")
        #expect(!shown.contains("Skerry ferries halted"), "\(screen)")
        // A prefix, with accents ignored: one German article.
        try tmux.send("/")
        try tmux.send("fahr*", literal: true)
        try tmux.send("Enter")
        let german = try tmux.waitFor(text: "Fähre nach")
        #expect(german.joined(separator: "\n").contains("1 article match \"fahr*\""), "\(german)")
    }
}
