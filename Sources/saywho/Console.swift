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

    /// Encodes `value` as pretty JSON with sorted keys, C0 and C1 controls and line separators escaped.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Sanitizer.escapingJSON(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }
}
