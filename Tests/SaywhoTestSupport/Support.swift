import Foundation

/// Locations shared by the test suites.
public enum TestPaths {
    /// The package root, found from this source file.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
