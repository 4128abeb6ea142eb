import Foundation
import SaywhoTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Real saywho processes sharing one index: at once, and killed in the middle of indexing.
@Suite(.serialized) struct IndexProcessTests {
    struct Setup {
        let binary: String
        let corpus: URL
        let cache: URL
        var environment: [String: String] {
            var environment = ProcessInfo.processInfo.environment
            environment["XDG_CACHE_HOME"] = cache.path
            environment["XDG_DATA_HOME"] = cache.deletingLastPathComponent().appendingPathComponent("data").path
            return environment
        }

        init(articles: Int) throws {
            binary = try TestPaths.builtProduct("saywho").path
            let folder = temporaryFolder("saywho-index-e2e")
            corpus = folder.appendingPathComponent("corpus")
            cache = folder.appendingPathComponent("cache")
            try CorpusWriter.write(articles, into: corpus)
        }

        func run(_ arguments: String...) throws -> (status: Int32, output: String) {
            try runProgram(binary, arguments, environment: environment)
        }

        func articleCount(_ extra: String...) throws -> Int {
            let (status, output) = try runProgram(
                binary, ["articles", "--format", "json"] + extra + [corpus.path], environment: environment)
            #expect(status == 0, "\(output)")
            let rows = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any]
            return rows?.count ?? -1
        }
    }

    @Test func twoProcessesIndexOneCorpusAtOnce() throws {
        let setup = try Setup(articles: 300)
        let processes = try (0..<2).map { _ in
            try RunningProgram(setup.binary, ["index", setup.corpus.path], environment: setup.environment)
        }
        for process in processes {
            let (status, output) = process.wait()
            #expect(status == 0, "\(output)")
            #expect(output.contains("unchanged"), "\(output)")
        }
        let status = try setup.run("index", "--status", setup.corpus.path)
        #expect(status.output.contains("articles   300"), "\(status.output)")
        #expect(status.output.contains("stale      none"), "\(status.output)")
        #expect(try setup.articleCount() == 300)
        let indexed = try setup.run("quotes", "--format", "json", setup.corpus.path)
        let direct = try setup.run("quotes", "--format", "json", "--no-index", setup.corpus.path)
        #expect(indexed.output == direct.output)
    }

    @Test func aKillInTheMiddleOfIndexingLeavesAnIndexTheNextRunFinishes() throws {
        let count = 2000
        let setup = try Setup(articles: count)
        let process = try RunningProgram(setup.binary, ["index", setup.corpus.path], environment: setup.environment)
        // Kill once a first batch is stored, long before the last.
        var lastStatus = ""
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            lastStatus = try setup.run("index", "--status", setup.corpus.path).output
            if lastStatus.contains("articles   "), !lastStatus.contains("articles   0\n") { break }
            usleep(20_000)
        }
        process.send(signal: SIGKILL)
        let (killed, _) = process.wait()
        #expect(killed == 128 + SIGKILL, "the index finished before the kill: make the corpus bigger")
        #expect(!lastStatus.contains("saywho:"), "\(lastStatus)")

        let (status, output) = try setup.run("index", setup.corpus.path)
        #expect(status == 0, "\(output)")
        // Some files were kept from the killed run, and the rest read now.
        let numbers = output.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        let indexed = try #require(numbers.first)
        #expect(indexed < count, "\(output)")
        #expect(output.contains("\(count - indexed) unchanged"), "\(output)")
        #expect(try setup.articleCount() == count)
        #expect(try setup.run("index", "--status", setup.corpus.path).output.contains("stale      none"))
    }
}
