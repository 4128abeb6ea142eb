import Foundation
import SaywhoTestSupport
import Testing

/// Every capture in the docs is what the real program shows today.
///
/// `Scripts/captures.sh` runs this suite with `SAYWHO_RECORD_CAPTURES=1`, which writes
/// the fresh captures into the documents instead of comparing them. Each capture
/// stands alone; they run one at a time, as the other tmux suites do, so they do not
/// crowd the machine while other suites run.
@Suite(.serialized) struct DocCaptureTests {
    /// Every capture of every document, with the block the document holds for it.
    static let all: [DocCaptureCase] = DocCapture.documents.flatMap { document in
        ((try? DocCapture.captures(in: document)) ?? []).map { DocCaptureCase(document: document, capture: $0.0, block: $0.1) }
    }

    /// Writing captures back: one document is rewritten at a time.
    static let recordLock = NSLock()

    @Test func everyDocumentHasCaptures() {
        for document in DocCapture.documents {
            #expect(Self.all.contains { $0.document == document }, "\(document)")
        }
    }

    @Test(arguments: all)
    func captureMatchesTheProgram(_ item: DocCaptureCase) throws {
        let home = temporaryFolder("saywho-captures")
        defer { try? FileManager.default.removeItem(at: home) }
        let fresh = try item.capture.run(home: home)
        if ProcessInfo.processInfo.environment["SAYWHO_RECORD_CAPTURES"] != nil {
            Self.recordLock.lock()
            defer { Self.recordLock.unlock() }
            try DocCapture.record(fresh, after: item.capture.marker, in: item.document)
            return
        }
        let want = item.block.components(separatedBy: "\n")
        let got = fresh.components(separatedBy: "\n")
        if let line = zip(got, want).enumerated().first(where: { $0.element.0 != $0.element.1 }) {
            let (now, docs) = line.element
            Issue.record(
                Comment(
                    rawValue: "\(item.document): line \(line.offset + 1) of the capture\n  now:  \(now)\n  docs: \(docs)\n"
                        + "run Scripts/captures.sh to regenerate"))
        } else if got.count != want.count {
            Issue.record("\(item.document): the capture has \(got.count) lines now, \(want.count) in the docs")
        }
    }
}

/// One capture of one document, as a test argument.
struct DocCaptureCase: Sendable, CustomTestStringConvertible {
    var document: String
    var capture: DocCapture
    var block: String

    var testDescription: String { "\(document): \(capture.marker)" }
}
