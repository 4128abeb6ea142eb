import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

/// Several real saywho processes changing one store at once.
@Suite struct BookmarkProcessTests {
    @Test func concurrentProcessesLoseNothing() throws {
        let binary = try TestPaths.builtProduct("saywho")
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let environment = [
            "XDG_DATA_HOME": data.path, "XDG_CACHE_HOME": folder.appendingPathComponent("cache").path, "HOME": folder.path,
        ]
        // 8 waves of 4 processes started together, each importing its own 5 bookmarks.
        for wave in 0..<8 {
            var processes: [RunningProgram] = []
            for p in 0..<4 {
                let file = folder.appendingPathComponent("in-\(wave)-\(p).json")
                let bookmarks = (0..<5).map { sampleBookmark(wave * 10_000 + p * 100 + $0) }
                try Data(BookmarkFormat.json.render(bookmarks).utf8).write(to: file)
                processes.append(try RunningProgram(binary.path, ["bookmarks", "import", file.path], environment: environment))
            }
            for process in processes {
                let (status, output) = process.wait()
                #expect(status == 0, "\(output)")
                #expect(output.contains("added 5 bookmarks"), "\(output)")
            }
        }
        let all = try BookmarkStore(directory: data.appendingPathComponent("saywho")).all()
        #expect(all.count == 4 * 8 * 5)
        #expect(Set(all.map(\.id)).count == 4 * 8 * 5)
    }
}
