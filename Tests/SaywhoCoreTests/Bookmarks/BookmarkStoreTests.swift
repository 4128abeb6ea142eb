import Foundation
import SaywhoTestSupport
import Testing

@testable import SaywhoCore

/// Errors gathered from several threads.
private final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []
    func add(_ error: any Error) { lock.withLock { errors.append(error) } }
    var all: [any Error] { lock.withLock { errors } }
}

@Suite struct BookmarkStoreTests {
    private func files(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func roundTripKeepsEveryField() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder.appendingPathComponent("deep/saywho"))
        #expect(try store.all().isEmpty)
        let first = sampleBookmark(1, note: "a note")
        var second = sampleBookmark(2)
        second.text = "with \"quotes\", a\ttab and\nnewline ✓"
        #expect(try store.add(first))
        #expect(try store.add(second))
        #expect(try !store.add(first), "adding again is a no-op")
        let reopened = BookmarkStore(directory: store.directory)
        #expect(try reopened.all() == [first, second])
        #expect(try reopened.contains(id: second.id))
        #expect(try !reopened.contains(id: "nope"))
    }

    @Test func toggleRemoveAndNotes() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder)
        let b = sampleBookmark(1)
        #expect(try store.toggle(b) == true)
        try store.setNote(id: b.id, note: "  remember this \n")
        #expect(try store.bookmark(id: b.id)?.note == "remember this")
        try store.setNote(id: b.id, note: "   ")
        #expect(try store.bookmark(id: b.id)?.note == nil)
        #expect(throws: BookmarkError.notFound(id: "missing")) { try store.setNote(id: "missing", note: "x") }
        #expect(try store.toggle(b) == false)
        #expect(try store.all().isEmpty)
        #expect(try !store.remove(id: b.id))
        #expect(try store.merge([sampleBookmark(1), sampleBookmark(2), sampleBookmark(1)]) == 2)
        #expect(try store.merge([sampleBookmark(2), sampleBookmark(3)]) == 1)
        #expect(try store.all().map(\.articleID) == ["a1", "a2", "a3"])
    }

    @Test func aNoteOnAQuoteNotYetBookmarkedBookmarksIt() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder)
        let b = sampleBookmark(1)
        try store.setNote("  cite this \n", on: b)
        #expect(try store.all().map(\.id) == [b.id])
        #expect(try store.bookmark(id: b.id)?.note == "cite this")
        try store.setNote(" ", on: b)
        #expect(try store.all().count == 1)
        #expect(try store.bookmark(id: b.id)?.note == nil)
        try store.setNote(nil, on: sampleBookmark(2))
        #expect(try store.all().map(\.note) == [nil, nil])
    }

    @Test func readingOnPastACorruptFileReportsItOnce() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder)
        try Data("not json".utf8).write(to: store.fileURL)
        let (bookmarks, setAside, skipped) = try store.allSettingAsideCorrupt()
        #expect(skipped.isEmpty)
        #expect(bookmarks.isEmpty)
        guard case .corrupt(let file, _, _) = setAside else {
            Issue.record("expected the corrupt file to be reported, got \(String(describing: setAside))")
            return
        }
        #expect(file == store.fileURL.path)
        try store.add(sampleBookmark(1))
        let again = try store.allSettingAsideCorrupt()
        #expect(again.bookmarks.count == 1)
        #expect(again.setAside == nil)
    }

    /// A store with an inverted or a negative segment (as an import once let in): the reader and
    /// `bookmarks list` skip it with a message, and every later write keeps it on disk.
    @Test(arguments: [(5, 1), (-5, 3)])
    func anUnusableBookmarkIsSkippedAndKeptOnDisk(start: Int, end: Int) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder)
        let broken = sampleBookmark(1)
        let export = Data(BookmarkFormat.json.render([broken, sampleBookmark(2)]).utf8)
        var list = try #require(try JSONSerialization.jsonObject(with: export) as? [[String: Any]])
        list[0]["segments"] = [["start": start, "end": end]]
        try JSONSerialization.data(withJSONObject: ["version": 1, "bookmarks": list]).write(to: store.fileURL)

        let (bookmarks, setAside, skipped) = try store.allSettingAsideCorrupt()
        #expect(setAside == nil)
        #expect(bookmarks.map(\.id) == [sampleBookmark(2).id])
        #expect(skipped.count == 1)
        #expect(skipped.first?.contains(broken.id) == true && skipped.first?.contains(store.fileURL.path) == true)
        #expect(skipped.first?.contains("segment \(start)–\(end)") == true)

        try store.add(sampleBookmark(3))
        let after = try String(contentsOf: store.fileURL, encoding: .utf8)
        #expect(after.contains(broken.id), "the unusable bookmark stays in the file")
        #expect(try store.allWithSkipped().skipped.count == 1)
        #expect(try store.all().map(\.id) == [sampleBookmark(2).id, sampleBookmark(3).id])
    }

    /// A store linked to a synced folder stays a link: writes replace the file it points to.
    @Test(arguments: [false, true])
    func aSymlinkedStoreIsWrittenThroughTheLink(relative: Bool) throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let synced = folder.appendingPathComponent("synced")
        let data = folder.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: synced, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let store = BookmarkStore(directory: data)
        let real = synced.appendingPathComponent("bookmarks.json")
        try FileManager.default.createSymbolicLink(
            atPath: store.fileURL.path, withDestinationPath: relative ? "../synced/bookmarks.json" : real.path)

        try store.add(sampleBookmark(1))
        try store.add(sampleBookmark(2))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: store.fileURL.path).hasSuffix("synced/bookmarks.json"))
        let written = try String(contentsOf: real, encoding: .utf8)
        #expect(written.contains(sampleBookmark(1).id) && written.contains(sampleBookmark(2).id))
        #expect(try store.all().count == 2)
        #expect(files(in: synced) == ["bookmarks.json"], "no temporary file left beside the target")
    }

    /// Fields this saywho does not know, in a bookmark or at the top of the file, survive
    /// every write: another tool's tags, a later version's settings.
    @Test func unknownFieldsAreKeptThroughWrites() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder)
        let export = Data(BookmarkFormat.json.render([sampleBookmark(1)]).utf8)
        var list = try #require(try JSONSerialization.jsonObject(with: export) as? [[String: Any]])
        list[0]["tags"] = ["harbour", "ferry"]
        list[0]["starred"] = true
        list[0]["stars"] = 4
        list[0]["weight"] = 0.25
        list[0]["reviewed_by"] = NSNull()
        list[0]["source"] = ["kind": "desk", "shift": ["night", 2]]
        let top: [String: Any] = ["version": 1, "bookmarks": list, "settings": ["sort": "date"]]
        try JSONSerialization.data(withJSONObject: top).write(to: store.fileURL)

        try store.add(sampleBookmark(2))
        try store.setNote("checked twice", on: sampleBookmark(1))
        let file = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: store.fileURL)) as? [String: Any])
        #expect((file["settings"] as? [String: String]) == ["sort": "date"])
        let first = try #require((file["bookmarks"] as? [[String: Any]])?.first)
        #expect(first["tags"] as? [String] == ["harbour", "ferry"])
        #expect(first["starred"] as? Bool == true)
        #expect(first["stars"] as? Int == 4)
        #expect(first["weight"] as? Double == 0.25)
        #expect(first["reviewed_by"] is NSNull)
        #expect((first["source"] as? [String: Any])?["kind"] as? String == "desk")
        #expect(first["note"] as? String == "checked twice")
        #expect(try store.all().first?.extra["tags"] == .array([.string("harbour"), .string("ferry")]))
    }

    @Test func writesLeaveNoTemporaryFilesAndStaleOnesAreCleared() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder)
        for n in 1...5 { try store.add(sampleBookmark(n)) }
        try store.remove(id: sampleBookmark(3).id)
        #expect(files(in: folder) == ["bookmarks.json", "bookmarks.json.lock"])
        let attributes = try FileManager.default.attributesOfItem(atPath: store.fileURL.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // A writer killed between creating its temp file and renaming it leaves one behind.
        try Data("{\"version\":1,\"bookm".utf8).write(to: folder.appendingPathComponent(".bookmarks.json.tmp-999-dead"))
        #expect(try store.all().count == 4)
        // Reading writes nothing; the next change clears it.
        try store.add(sampleBookmark(6))
        #expect(files(in: folder) == ["bookmarks.json", "bookmarks.json.lock"])
    }

    @Test func storeFileIsVersionedJSON() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder)
        try store.add(sampleBookmark(1))
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: store.fileURL)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        let first = (object?["bookmarks"] as? [[String: Any]])?.first
        #expect(first?["created"] as? String == "2023-11-14T22:13:21Z")
        #expect(first?["article_id"] as? String == "a1")
    }

    @Test func concurrentStoresLoseNothing() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = ErrorBox()
        let threads = 4
        let group = DispatchGroup()
        for t in 0..<threads {
            group.enter()
            let thread = Thread {
                let store = BookmarkStore(directory: folder)
                for n in 0..<50 {
                    do { try store.add(sampleBookmark(t * 1000 + n)) } catch { errors.add(error) }
                }
                group.leave()
            }
            thread.start()
        }
        group.wait()
        #expect(errors.all.isEmpty, "\(errors.all)")
        let all = try BookmarkStore(directory: folder).all()
        #expect(all.count == threads * 50)
        #expect(Set(all.map(\.id)).count == threads * 50)
        #expect(files(in: folder) == ["bookmarks.json", "bookmarks.json.lock"])
    }

    @Test func changeByAnotherStoreInBetweenIsKept() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = BookmarkStore(directory: folder)
        let theirs = BookmarkStore(directory: folder)
        try mine.add(sampleBookmark(1))
        _ = try mine.all()
        try theirs.add(sampleBookmark(2))
        try mine.setNote(id: sampleBookmark(1).id, note: "mine")
        #expect(try theirs.all().map(\.note) == ["mine", nil])
    }

    @Test func corruptFileIsSetAsideReportedAndStartsEmpty() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder)
        let garbage = Data("{\"version\": 1, \"bookmarks\": [ {\"id\": ".utf8)
        try garbage.write(to: store.fileURL)
        var caught: BookmarkError?
        do { _ = try store.all() } catch { caught = error }
        guard case .corrupt(let file, let keptAs, let reason) = caught else {
            Issue.record("a corrupt store must be reported, got \(String(describing: caught))")
            return
        }
        #expect(file == store.fileURL.path)
        #expect(keptAs.hasPrefix(store.fileURL.path + ".corrupt-"))
        #expect(reason.contains("not valid JSON"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: keptAs)) == garbage)
        #expect(caught?.message.contains(keptAs) == true)
        #expect(try store.all().isEmpty)
        try store.add(sampleBookmark(1))
        #expect(try store.all().count == 1)
        #expect(files(in: folder).filter { $0.contains(".corrupt-") }.count == 1)
    }

    @Test func wrongShapeIsCorruptToo() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder)
        try Data("[1, 2, 3]".utf8).write(to: store.fileURL)
        #expect { try store.add(sampleBookmark(1)) } throws: { error in
            guard case .corrupt = error as? BookmarkError else { return false }
            return true
        }
        #expect(try store.all().isEmpty)
    }

    @Test func newerFormatIsRefusedAndLeftAlone() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder)
        let future = Data("{\"version\": 2, \"bookmarks\": [], \"shelves\": {}}".utf8)
        try future.write(to: store.fileURL)
        #expect(throws: BookmarkError.unsupportedVersion(file: store.fileURL.path, version: 2)) {
            try store.add(sampleBookmark(1))
        }
        #expect(try Data(contentsOf: store.fileURL) == future)
    }

    @Test func standardLocationFollowsXDG() {
        #expect(
            BookmarkStore.standard(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"]).fileURL.path
                == "/x/data/saywho/bookmarks.json")
        #expect(
            BookmarkStore.standard(environment: ["HOME": "/home/u"]).fileURL.path
                == "/home/u/.local/share/saywho/bookmarks.json")
        #expect(
            BookmarkStore.standard(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/u"]).directory.path
                == "/home/u/.local/share/saywho")
    }
}

/// Reading the store writes nothing, and a store that cannot be read says why (issue 15, finding 15; issue 13, item 9).
@Suite struct BookmarkStoreReadingTests {
    @Test func readingANewStoreCreatesNoFolderAndNoLockFile() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder.appendingPathComponent("saywho"))
        #expect(try store.all().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: store.directory.path), "reading created the data folder")
        try store.add(sampleBookmark(1))
        try FileManager.default.removeItem(at: store.lockURL)
        #expect(try store.all().count == 1)
        #expect(try store.allSettingAsideCorrupt().bookmarks.count == 1)
        #expect(!FileManager.default.fileExists(atPath: store.lockURL.path), "reading created the lock file")
    }

    @Test func aStoreThatIsNoFileSaysSoInsteadOfListingNothing() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = BookmarkStore(directory: folder)
        try FileManager.default.createDirectory(at: store.fileURL, withIntermediateDirectories: true)
        #expect {
            _ = try store.all()
        } throws: { error in
            (error as? BookmarkError)?.message == store.fileURL.path + ": cannot read the bookmark file: not a regular file"
        }
        try FileManager.default.removeItem(at: store.fileURL)
        try FileManager.default.createSymbolicLink(atPath: store.fileURL.path, withDestinationPath: "bookmarks.json")
        #expect {
            _ = try store.all()
        } throws: { error in
            (error as? BookmarkError)?.message.hasPrefix(store.fileURL.path + ": cannot read the bookmark file: Too many levels")
                == true
        }
        // Nothing was set aside: an unreadable store is not a corrupt one.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bookmarks.json"])
    }
}
