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

    /// Writes `text` to stdout as is (JSON is already escaped).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Encodes `value` as pretty JSON with keys in declaration order.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
