import Foundation
import SaywhoCore
import SaywhoTestSupport

@testable import SaywhoIndex

/// A corpus folder the project writes, and an index of its own in a temporary cache.
struct IndexFixture {
    let folder: URL
    let cache: URL

    init(_ files: [String: String]) throws {
        let root = temporaryFolder("saywho-index")
        folder = root.appendingPathComponent("corpus")
        cache = root.appendingPathComponent("cache/index.sqlite")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    func write(_ name: String, _ text: String) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    func index() throws -> ArticleIndex { try ArticleIndex(url: cache) }

    func refresh(_ index: ArticleIndex) throws -> RefreshReport {
        try index.refresh(ArticleLoader.listFiles([folder.path]), folders: [folder.path])
    }

    static let harbour = """
        ---
        title: Harbour fees stay frozen for another year
        date: 2026-04-02
        outlet: The Calder Courier
        ---
        The harbour board voted on Tuesday to keep mooring fees where they are.

        “We listened to the fishing crews, and they were right,” said Ada Quint, the board's chair.

        A source close to the board said the vote was “closer than it looks.”
        """

    static let ferry = """
        Ferry crews walk out over rota changes

        Crews on the Skerry route stopped work at dawn. “Nobody asked us before the rota changed,” said Tomas Berg, a deckhand.

        The operator, Nordhavn Lines, said in a statement that it was “talking to the union today.”
        """

    static let german = """
        ---
        title: Fähre fällt erneut aus
        lang: de
        ---
        Die Fähre nach Krummsand fiel am Montag erneut aus. „Wir können so nicht weiterarbeiten“, sagte Jürgen Müller.
        """
}
