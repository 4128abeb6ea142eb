import Foundation
import SaywhoTestSupport
import Testing

@testable import SaywhoCore

/// Folder walks over links: each folder and file is read once, and a loop ends with a message.
@Suite struct FolderWalkTests {
    @Test func linksBackToAFolderAreWalkedOnceAndReported() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let news = folder.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: news.appendingPathComponent("inner"), withIntermediateDirectories: true)
        try "The harbour reopened on Monday.".write(to: news.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "The ferry sailed at noon.".write(
            to: news.appendingPathComponent("inner/b.txt"), atomically: true, encoding: .utf8)
        // Two links to the folder itself (2^n paths if followed), one back up from inside, and a file linked twice.
        try FileManager.default.createSymbolicLink(atPath: news.appendingPathComponent("loop").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: news.appendingPathComponent("self").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(
            atPath: news.appendingPathComponent("inner/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(
            atPath: news.appendingPathComponent("same.txt").path, withDestinationPath: "a.txt")

        let report = ArticleLoader.load([news.path])
        #expect(report.articles.map(\.text).sorted() == ["The ferry sailed at noon.", "The harbour reopened on Monday."])
        let linked = report.problems.filter { if case .linkedAgain = $0 { true } else { false } }
        #expect(linked.count == 3, "\(report.problems)")
        #expect(linked.allSatisfy { $0.description.contains("a folder already read; skipped") })
        #expect(linked.contains { $0.path.hasSuffix("news/loop") })
    }

    @Test func aFileNamedTwiceOnTheCommandLineLoadsOnce() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.txt")
        try "The harbour reopened on Monday.".write(to: file, atomically: true, encoding: .utf8)
        let report = ArticleLoader.load([file.path, folder.path, folder.appendingPathComponent("./a.txt").path])
        #expect(report.articles.count == 1)
        #expect(report.problems.isEmpty)
    }
}
