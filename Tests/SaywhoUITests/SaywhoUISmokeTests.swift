import Foundation
import Testing
import SaywhoTestSupport

@Test func packageRootHasManifest() {
    #expect(FileManager.default.fileExists(atPath: TestPaths.packageRoot.appendingPathComponent("Package.swift").path))
}
