import Foundation
import SaywhoTestSupport
import Testing

/// A burst of keys (a held key, a paste) is handled key by key, none lost, with one frame drawn
/// for the keys already queued rather than one per key.
@Suite(.serialized) struct KeyBurstTests {
    @Test func aBurstOfNavigationKeysLosesNone() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = (1...400).map { "“We sail at dawn, day \($0) of the season,” said Ada Brook." }.joined(separator: "\n\n")
        let article = folder.appendingPathComponent("ferry.txt")
        try text.write(to: article, atomically: true, encoding: .utf8)
        let tmux = try Tmux(columns: 120, rows: 40, arguments: [article.path])
        try tmux.waitFor(text: "quote 1/400")
        try tmux.send(contentsOf: Array(repeating: "n", count: 300))
        try tmux.waitFor(text: "quote 301/400")
        try tmux.send(contentsOf: Array(repeating: "N", count: 100))
        try tmux.waitFor(text: "quote 201/400")
    }
}
