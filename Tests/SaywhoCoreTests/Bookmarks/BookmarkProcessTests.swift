import Foundation
import SaywhoTestSupport
import Testing

@testable import SaywhoCore

/// Several real saywho processes changing one store at once.
@Suite struct BookmarkProcessTests {
    static let binary = TestPaths.packageRoot.appendingPathComponent(".build/debug/saywho")

    @Test func concurrentProcessesLoseNothing() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.binary.path),
            "the saywho binary is not built: run `swift build` before `swift test`")
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        // 8 waves of 4 processes started together, each importing its own 5 bookmarks.
        for wave in 0..<8 {
            var processes: [Process] = []
            for p in 0..<4 {
                let file = folder.appendingPathComponent("in-\(wave)-\(p).json")
                let bookmarks = (0..<5).map { sampleBookmark(wave * 10_000 + p * 100 + $0) }
                try Data(BookmarkFormat.json.render(bookmarks).utf8).write(to: file)
                let process = Process()
                process.executableURL = Self.binary
                process.arguments = ["bookmarks", "import", file.path]
                process.environment = ["XDG_DATA_HOME": data.path, "HOME": folder.path]
                process.standardOutput = FileHandle.nullDevice
                processes.append(process)
            }
            for process in processes { try process.run() }
            for process in processes {
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
            }
        }
        let all = try BookmarkStore(directory: data.appendingPathComponent("saywho")).all()
        #expect(all.count == 4 * 8 * 5)
        #expect(Set(all.map(\.id)).count == 4 * 8 * 5)
    }
}
