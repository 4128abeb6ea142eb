import Foundation
import SaywhoTestSupport
import Testing

/// One article order: the reader's list, the reader's output to a pipe and `saywho articles` agree.
@Suite(.serialized) struct ArticleOrderEndToEndTests {
    /// Articles that share a date, with titles a plain sort and a natural sort order differently.
    func corpus() throws -> URL {
        let folder = temporaryFolder("saywho-order")
        let titles = [
            "Part 10 of the inquiry", "Part 2 of the inquiry", "apple growers vote", "Banana boats return", "Zinc mine",
        ]
        for (n, title) in titles.enumerated() {
            let text = "---\ntitle: \(title)\ndate: 2025-04-0\(n == 4 ? 2 : 1)\n---\n\n“We will see,” said Ana Lind.\n"
            try text.write(to: folder.appendingPathComponent("file\(4 - n).md"), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func theReaderAndSaywhoArticlesListTheSameOrder() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = try TestPaths.builtProduct("saywho").path
        // The index goes to a cache of the test's own, not the user's.
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = temporaryFolder("saywho-order-cache").path
        let listed = try runProgram(binary, ["articles", folder.path, "--format", "json"], environment: environment)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        let expected = rows.compactMap { $0["title"] as? String }
        #expect(
            expected == [
                "Zinc mine", "apple growers vote", "Banana boats return", "Part 2 of the inquiry", "Part 10 of the inquiry",
            ])

        let piped = try runProgram(binary, [folder.path], environment: environment)
        let pipedTitles = piped.output.split(separator: "\n").dropFirst().map { line in
            expected.first { line.hasSuffix($0) } ?? String(line)
        }
        #expect(pipedTitles == expected)

        let tmux = try Tmux(columns: 160, rows: 20, arguments: [folder.path])
        let screen = try tmux.waitFor(text: "Part 10 of the inquiry")
        let order = expected.map { title in screen.firstIndex { $0.contains(title) } ?? -1 }
        #expect(!order.contains(-1), "\(screen.joined(separator: "\n"))")
        #expect(order == order.sorted(), "\(screen.joined(separator: "\n"))")
    }
}
