import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only data folder and an unreadable store, as a user without rights meets them
/// (issue 15, finding 15): run as an unprivileged user, through `setpriv` when the tests run as root.
@Suite struct StorePermissionTests {
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
}
