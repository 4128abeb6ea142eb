import Foundation
import SaywhoTestSupport
import Testing

/// Where output goes is checked before any work, and a missing folder is named (issue 15, finding 16; issue 13, item 11).
@Suite struct OutputPathTests {
    func saywho(_ arguments: String..., stdin: String? = nil) throws -> (status: Int32, output: String) {
        let home = temporaryFolder("saywho-out")
        let environment = ["XDG_DATA_HOME": home.path, "XDG_CONFIG_HOME": home.path, "HOME": home.path]
        return try runProgram(try TestPaths.builtProduct("saywho").path, arguments, environment: environment, stdin: stdin)
    }

    @Test func extractChecksItsOutputBeforeReadingItsInput() throws {
        // /dev/zero as input: had the input been read first, it would be the error.
        let result = try saywho("extract", "--input", "/dev/zero", "--output", "/missing-saywho-folder/x.jsonl")
        #expect(result.status == 1)
        #expect(
            result.output == "saywho: /missing-saywho-folder/x.jsonl: cannot write: there is no folder /missing-saywho-folder\n")
        let special = try saywho("extract", "--input", "/dev/zero")
        #expect(special.output == "saywho: /dev/zero: not a regular file (a FIFO, a device or a socket)\n")
    }

    @Test func exportNamesTheMissingFolderAndRefusesAFolder() throws {
        let missing = try saywho("bookmarks", "export", "-o", "/missing-saywho-folder/dir/x.md")
        #expect(missing.status == 1)
        #expect(
            missing.output
                == "saywho: /missing-saywho-folder/dir/x.md: cannot write: there is no folder /missing-saywho-folder/dir\n")
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let onFolder = try saywho("bookmarks", "export", "--format", "json", "--output", folder.path)
        #expect(onFolder.output == "saywho: \(folder.path): cannot write: it is a folder\n")
    }

    @Test func importReadsAFIFOAndRefusesADevice() throws {
        let device = try saywho("bookmarks", "import", "/dev/zero")
        #expect(device.status == 1)
        #expect(device.output == "saywho: /dev/zero: not a regular file (a FIFO, a device or a socket)\n")
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("in.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let script = "printf '[]' > \"$1\" & \"$2\" bookmarks import \"$1\"; status=$?; wait; exit $status"
        let environment = ["XDG_DATA_HOME": folder.path, "HOME": folder.path]
        let result = try runProgram(
            "/bin/sh", ["-c", script, "sh", fifo, try TestPaths.builtProduct("saywho").path], environment: environment)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output == "added 0 bookmarks\n")
    }
}
