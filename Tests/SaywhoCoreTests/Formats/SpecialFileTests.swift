import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// FIFOs, devices, sockets, links to nothing and paths past PATH_MAX: each reported by name,
/// never a hang, a wrong reason or a silent skip (issue 15, finding 16).
@Suite struct SpecialFileTests {
    @Test func specialFilesAreNotRegularFilesAndLinksToNothingAreReported() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try Data("A good one. “We sail at dawn,” said Jo Park.".utf8).write(to: URL(fileURLWithPath: path("good.txt")))
        #expect(mkfifo(path("fifo.txt"), 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: path("zero.md"), withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: path("gone.jsonl"), withDestinationPath: path("nothing-here"))
        let socketFD = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socketFD) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let socketPath = path("sock.txt")
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in socketPath.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        #expect(bound == 0)

        let report = ArticleLoader.load([folder.path, "/dev/null"])
        #expect(report.articles.map(\.id) == ["good"])
        let messages = Set(report.problems.map(\.description))
        #expect(
            messages == [
                path("fifo.txt") + ": not a regular file (a FIFO, a device or a socket)",
                path("zero.md") + ": not a regular file (a FIFO, a device or a socket)",
                path("sock.txt") + ": not a regular file (a FIFO, a device or a socket)",
                path("gone.jsonl") + ": cannot be read: a link to a missing file",
                "/dev/null: not a regular file (a FIFO, a device or a socket)",
            ])
    }

    @Test func aFilePastPathMaxIsReportedNotSkipped() throws {
        let folder = temporaryFolder()
        defer { _ = try? FileManager.default.removeItem(at: folder) }
        // Folders made one inside the other by descriptor: their full path passes PATH_MAX (4096).
        let segment = String(repeating: "d", count: 200)
        var fd = open(folder.path, O_RDONLY | O_DIRECTORY)
        var deep = folder.path
        while deep.utf8.count < Int(PATH_MAX) - 300 {
            #expect(mkdirat(fd, segment, 0o755) == 0)
            let next = openat(fd, segment, O_RDONLY | O_DIRECTORY)
            close(fd)
            fd = next
            deep += "/" + segment
        }
        let name = String(repeating: "a", count: 250) + ".txt"
        let file = openat(fd, name, O_WRONLY | O_CREAT, 0o644)
        let text = Array("Deep. “We sail,” said Jo.".utf8)
        #expect(write(file, text, text.count) == text.count)
        close(file)
        close(fd)
        let report = ArticleLoader.load([folder.path])
        #expect(report.articles.isEmpty)
        #expect(report.problems.map(\.description) == [deep + "/" + name + ": cannot be read: File name too long"])
    }
}
