import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Files and folders a user has no rights to, as such a user meets them (issue 15, findings 15
/// and 16): saywho runs as an unprivileged user, through `setpriv` when the tests run as root.
@Suite struct UnprivilegedUserTests {
    func saywhoWithoutRights(_ arguments: [String], data: URL) throws -> (status: Int32, output: String) {
        let binary = try TestPaths.builtProduct("saywho").path
        let environment = ["XDG_DATA_HOME": data.path, "XDG_CONFIG_HOME": data.path, "HOME": data.path, "LANG": "C.UTF-8"]
        guard getuid() == 0 else { return try runProgram(binary, arguments, environment: environment) }
        let drop = ["--reuid=65534", "--regid=65534", "--clear-groups", binary]
        return try runProgram("/usr/bin/setpriv", drop + arguments, environment: environment)
    }

    @Test func aReadOnlyFolderListsAndAnUnreadableStoreSaysWhy() throws {
        let folder = temporaryFolder("saywho-readonly")
        defer {
            chmod(folder.appendingPathComponent("saywho").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        let store = BookmarkStore(directory: folder.appendingPathComponent("saywho"))
        try store.add(sampleBookmark(1))
        try FileManager.default.removeItem(at: store.lockURL)
        chmod(folder.path, 0o755)
        chmod(store.fileURL.path, 0o644)
        chmod(store.directory.path, 0o555)

        let list = try saywhoWithoutRights(["bookmarks", "list", "--format", "json"], data: folder)
        #expect(list.status == 0, "\(list.output)")
        #expect(list.output.contains(sampleBookmark(1).id))
        #expect(!FileManager.default.fileExists(atPath: store.lockURL.path))

        let file = folder.appendingPathComponent("more.json")
        try Data(BookmarkFormat.json.render([sampleBookmark(2)]).utf8).write(to: file)
        chmod(file.path, 0o644)
        let imported = try saywhoWithoutRights(["bookmarks", "import", file.path], data: folder)
        #expect(imported.status == 1)
        #expect(imported.output == "saywho: \(store.lockURL.path): cannot open the lock file: Permission denied\n")

        chmod(store.fileURL.path, 0o000)
        let unreadable = try saywhoWithoutRights(["bookmarks", "export"], data: folder)
        #expect(unreadable.status == 1)
        #expect(unreadable.output == "saywho: \(store.fileURL.path): cannot read the bookmark file: Permission denied\n")
    }

    @Test func filesAndFoldersWithoutPermissionAreReportedWithTheReason() throws {
        let folder = temporaryFolder("saywho-noperm")
        defer {
            chmod(folder.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        chmod(folder.path, 0o755)
        for (name, text) in [
            ("good.txt", "A good one. “We sail,” said Jo Park."), ("secret.txt", "Hidden away."), ("locked/in.md", "Inside."),
        ] {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        chmod(folder.appendingPathComponent("good.txt").path, 0o644)
        chmod(folder.appendingPathComponent("secret.txt").path, 0o000)
        chmod(folder.appendingPathComponent("locked").path, 0o000)
        let result = try saywhoWithoutRights(["articles", folder.path, "--format", "json"], data: folder)
        #expect(result.status == 0, "\(result.output)")
        #expect(
            result.output.contains("saywho: \(folder.path)/locked: cannot be read: folder cannot be listed: Permission denied\n"))
        #expect(result.output.contains("saywho: \(folder.path)/secret.txt: cannot be read: Permission denied\n"))
        #expect(result.output.contains(#""id" : "good""#))
    }
}
