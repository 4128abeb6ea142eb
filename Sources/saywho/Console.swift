import Foundation
import SaywhoCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Printing for the command line: stdout for results, stderr for warnings and errors.
enum Console {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("saywho: " + Sanitizer.visible(message) + "\n").utf8))
    }

    /// Writes argument-parser's message for a usage error to stderr: its first line as
    /// `saywho: …` (without the parser's `Error: `), and every line through the sanitiser,
    /// since the parser echoes the arguments it could not read as they were typed.
    static func usageError(_ message: String) {
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard !lines.isEmpty else { return }
        if lines[0].hasPrefix("Error: ") { lines[0].removeFirst("Error: ".count) }
        let shown = ["saywho: " + Sanitizer.visible(lines[0])] + lines.dropFirst().map { Sanitizer.visible($0) }
        FileHandle.standardError.write(Data((shown.joined(separator: "\n") + "\n").utf8))
    }

    /// Writes `text` to stdout: as is to a file or a pipe, and through the one sanitiser to a
    /// terminal, so that no export, listing or JSON string can send it an escape sequence.
    static func write(_ text: String) {
        let shown =
            stdoutIsTerminal ? Sanitizer.visible(text.replacingOccurrences(of: "\r\n", with: "\n"), keepNewlines: true) : text
        FileHandle.standardOutput.write(Data(shown.utf8))
    }

    /// Writes `data` to the file at `path`: atomically for a regular file (or a new one), directly otherwise.
    ///
    /// An atomic write renames a temporary file over the target, which would replace
    /// a device (`/dev/null`), a pipe or a terminal with a regular file.
    static func write(_ data: Data, toFile path: String) throws {
        var status = stat()
        if stat(path, &status) == 0, (status.st_mode & S_IFMT) != S_IFREG {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw CLIError(message: "\(path): cannot be opened for writing")
            }
            defer { try? handle.close() }
            try handle.write(contentsOf: data)
            return
        }
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Checks, before any work, that `path` can be written: its folder exists, is a folder and
    /// takes new files (an existing pipe or device is opened when written); the error names the folder.
    static func checkWritable(_ path: String) throws {
        var status = stat()
        if stat(path, &status) == 0 {
            let type = status.st_mode & S_IFMT
            if type == S_IFDIR { throw CLIError(message: "\(path): cannot write: it is a folder") }
            if type != S_IFREG { return }
        }
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        guard stat(folder, &status) == 0 else {
            let code = errno
            if code == ENOENT { throw CLIError(message: "\(path): cannot write: there is no folder \(folder)") }
            throw CLIError(message: "\(path): cannot write: \(folder): \(InputFile.reason(code))")
        }
        guard (status.st_mode & S_IFMT) == S_IFDIR else {
            throw CLIError(message: "\(path): cannot write: \(folder) is not a folder")
        }
        guard access(folder, W_OK) == 0 else {
            throw CLIError(message: "\(path): cannot write: \(folder): \(InputFile.reason(errno))")
        }
    }

    /// Why a file operation failed, in the system's words when Foundation wraps an errno.
    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return InputFile.reason(Int32(underlying.code))
        }
        if ns.domain == NSPOSIXErrorDomain { return InputFile.reason(Int32(ns.code)) }
        if let error = error as? CLIError { return error.message }
        return ns.localizedDescription
    }

    /// Encodes `value` as pretty JSON with sorted keys, C0 and C1 controls and line separators escaped.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Sanitizer.escapingJSON(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }
}
