import Foundation
import Testing

@testable import SaywhoAttribution

/// The extractor's version changes whenever what it extracts may change, so a stale index is refreshed.
@Suite struct ExtractorVersionTests {
    /// The folders whose files decide what extraction gives, relative to the package root.
    static let folders = ["Sources/SaywhoAttribution", "Sources/SaywhoCore/Formats", "Sources/SaywhoCore/Model"]
    static let versionFile = "Sources/SaywhoAttribution/Extractor+Version.swift"

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// FNV-1a over each file's path (relative to the root) and bytes, in path order.
    static func fingerprint() throws -> String {
        let root = packageRoot
        var paths: [String] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let relative as String in walker {
                let path = folder + "/" + relative
                var isFolder: ObjCBool = false
                let full = root.appendingPathComponent(path).path
                if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                    path != versionFile
                {
                    paths.append(path)
                }
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }
        for path in paths.sorted() {
            mix(Array(path.utf8) + [0])
            mix(try Data(contentsOf: root.appendingPathComponent(path)))
            mix([0])
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    @Test func fingerprintOfTheExtractorsSourcesIsRecorded() throws {
        let current = try Self.fingerprint()
        #expect(
            current == Extractor.sourceFingerprint,
            """
            What extraction gives may have changed: raise Extractor.revision by one and set \
            sourceFingerprint to "\(current)" in \(Self.versionFile).
            """)
    }

    @Test func versionIsTheRevision() {
        #expect(Extractor.version == String(Extractor.revision))
        #expect(Extractor.revision >= 1)
    }
}
