import ArgumentParser
import Foundation
import SaywhoAttribution
import SaywhoCore

/// `saywho extract`: JSON Lines in, one prediction line out per article (the evaluation format).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read JSON Lines {\"id\", \"text\"} and write the quotes found, one segment an entry.")

    @Option(name: .long, help: "JSON Lines input (default: standard input).")
    var input: String?
    @Option(name: .long, help: "Where to write (default: standard output).")
    var output: String?

    func run() throws {
        let data: Data
        if let input {
            guard FileManager.default.fileExists(atPath: input) else { throw CLIError(message: "\(input): no such file") }
            let descriptor = open(input, O_RDONLY)
            defer { if descriptor >= 0 { close(descriptor) } }
            data = try Self.mapped(descriptor) ?? Data(contentsOf: URL(fileURLWithPath: input))
        } else {
            data = Self.mapped(STDIN_FILENO) ?? FileHandle.standardInput.readDataToEndOfFile()
        }
        let name = input ?? "standard input"
        let extractor = Extractor()
        let reader = JSONLineReader()
        // About a quarter of the input for evaluation files; growing past that is fine.
        var out: [UInt8] = []
        out.reserveCapacity(data.count / 4)
        var failures = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineNumber = 0
            var start = 0
            while start < bytes.count {
                // memchr: the byte loop it replaces read every byte of the input once more.
                let rest = UnsafeRawPointer(bytes.baseAddress! + start)
                var end = bytes.count
                if let newline = memchr(rest, 0x0A, bytes.count - start) { end = start + rest.distance(to: UnsafeRawPointer(newline)) }
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                guard let parsed = reader.parseArticle(line) else {
                    Console.warn("\(name):\(lineNumber): not a JSON object with a \"text\" field; skipped")
                    failures += 1
                    continue
                }
                let id = parsed.id ?? String(lineNumber)
                let extraction = extractor.extract(scalars: parsed.scalars, articleID: id, paragraphs: parsed.paragraphs)
                PredictionLine.append(id: id, extraction: extraction, to: &out)
            }
        }
        if let output {
            try Console.write(Data(out), toFile: output)
        } else {
            Self.writeToStandardOutput(out)
        }
        if failures > 0, out.isEmpty { throw ExitCode.failure }
    }
}

extension ExtractCommand {
    /// Writes `bytes` to standard output from the buffer itself: copying the predictions into
    /// a `Data` first cost half a percent of the run. A failed write other than an interrupted
    /// one goes to `FileHandle`, which reports it as before.
    static func writeToStandardOutput(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0, errno == EINTR {
                    continue
                } else {
                    FileHandle.standardOutput.write(Data(raw[offset...]))
                    return
                }
            }
        }
    }

    /// The whole of the regular file open at `descriptor`, mapped into memory instead of copied
    /// (50 MB of input read through a pipe buffer cost a twentieth of the run), or nil when it is
    /// not a regular file read from its start: then the caller reads it.
    static func mapped(_ descriptor: Int32) -> Data? {
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_size > 0,
            lseek(descriptor, 0, SEEK_CUR) == 0
        else { return nil }
        let size = Int(status.st_size)
        #if os(Linux)
        // MAP_POPULATE: the pages (already in the page cache) are mapped in one go, not one fault at a time.
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0),
            address != UnsafeMutableRawPointer(bitPattern: -1)
        else { return nil }
        return Data(bytesNoCopy: address, count: size, deallocator: .unmap)
    }
}

/// The prediction format of the evaluation: one entry per quoted segment.
///
/// Written byte by byte into one buffer: string concatenation here cost as much as a
/// third of the extraction itself.
enum PredictionLine {
    /// Appends the line of one article to `out`.
    static func append(id: String, extraction: ArticleExtraction, to out: inout [UInt8]) {
        // A few speakers an article: a scan finds the first with the id as a dictionary would keep it.
        let speakers = extraction.speakers
        let names = speakers.count > 16 ? Dictionary(speakers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }) : nil
        func name(of id: String) -> String? { names.map { $0[id] } ?? speakers.first { $0.id == id }?.name }
        appendLiteral(#"{"id":"#, to: &out)
        appendJSONString(id, to: &out)
        appendLiteral(#","quotes":["#, to: &out)
        var first = true
        // Fields read in place: a copy of each quote and attribution retained and released every String.
        extraction.quotes.withUnsafeBufferPointer { quotes in
            for q in quotes.indices {
                let name = quotes[q].attribution.flatMap { name(of: $0.speakerID) }
                for segment in quotes[q].segments {
                    if !first { out.append(UInt8(ascii: ",")) }
                    first = false
                    appendLiteral(#"{"start":"#, to: &out)
                    appendInteger(segment.start, to: &out)
                    appendLiteral(#","end":"#, to: &out)
                    appendInteger(segment.end, to: &out)
                    appendLiteral(#","speaker":"#, to: &out)
                    appendJSONString(name, to: &out)
                    appendLiteral(#","speaker_start":"#, to: &out)
                    appendInteger(quotes[q].attribution?.mentionRange.start, to: &out)
                    appendLiteral(#","speaker_end":"#, to: &out)
                    appendInteger(quotes[q].attribution?.mentionRange.end, to: &out)
                    appendLiteral(#","channel":"#, to: &out)
                    appendJSONString(quotes[q].attribution?.channel, to: &out)
                    appendLiteral(#","cue":"#, to: &out)
                    appendJSONString(quotes[q].attribution?.cue, to: &out)
                    appendLiteral(#","confidence":"#, to: &out)
                    appendConfidence(quotes[q].attribution?.confidence, to: &out)
                    appendLiteral(#","rule":"#, to: &out)
                    appendJSONString(quotes[q].attribution?.rule, to: &out)
                    out.append(UInt8(ascii: "}"))
                }
            }
        }
        appendLiteral("]}\n", to: &out)
    }

    /// The decimal digits of `value` (or null), as `String(value)` writes them, without the String.
    static func appendInteger(_ value: Int?, to out: inout [UInt8]) {
        guard let value else {
            appendLiteral("null", to: &out)
            return
        }
        guard value >= 0 else {
            out.append(contentsOf: String(value).utf8)
            return
        }
        // Up to eight digits gathered in one word, the last one computed first and lowest.
        var packed: UInt64 = 0
        var count = 0
        var rest = value
        repeat {
            packed = packed << 8 | UInt64(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
            count += 1
        } while rest > 0 && count < 8
        guard rest == 0 else {
            out.append(contentsOf: String(value).utf8)
            return
        }
        for _ in 0..<count {
            out.append(UInt8(truncatingIfNeeded: packed))
            packed >>= 8
        }
    }

    /// A confidence (or null) as `String(value)` writes it. Confidences are hundredths: for the
    /// double nearest k/100 the shortest decimal that reads back as it is k/100 itself, written
    /// here from k; any other value goes through `String`.
    static func appendConfidence(_ value: Double?, to out: inout [UInt8]) {
        guard let value else {
            appendLiteral("null", to: &out)
            return
        }
        let scaled = (value * 100).rounded()
        guard scaled >= 0, scaled <= 100, Double(Int(scaled)) / 100 == value else {
            out.append(contentsOf: String(value).utf8)
            return
        }
        let k = Int(scaled)
        let whole = UInt8(k / 100)
        let tenths = UInt8(k / 10 % 10)
        let hundredths = UInt8(k % 10)
        out.append(UInt8(ascii: "0") + whole)
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + tenths)
        if hundredths != 0 { out.append(UInt8(ascii: "0") + hundredths) }
    }

    /// The bytes of a literal, copied whole.
    static func appendLiteral(_ literal: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// A JSON string literal (or null), escaping what JSON requires.
    static func jsonString(_ value: String?) -> String {
        var out: [UInt8] = []
        appendJSONString(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendJSONString(_ value: String?, to out: inout [UInt8]) {
        guard var value else {
            appendLiteral("null", to: &out)
            return
        }
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: copied whole, read in place.
        let copied = value.utf8.withContiguousStorageIfAvailable { bytes in
            guard !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if copied == true {
            out.append(UInt8(ascii: "\""))
            return
        }
        // A String stored otherwise is made contiguous first.
        value.withUTF8 { bytes in
            guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                out.append(contentsOf: bytes)
                return
            }
            for b in bytes {
                switch b {
                case UInt8(ascii: "\""): appendLiteral(#"\""#, to: &out)
                case UInt8(ascii: "\\"): appendLiteral(#"\\"#, to: &out)
                case 0x0A: appendLiteral(#"\n"#, to: &out)
                case 0x0D: appendLiteral(#"\r"#, to: &out)
                case 0x09: appendLiteral(#"\t"#, to: &out)
                case 0..<0x20: out.append(contentsOf: ("\\u" + String(b, radix: 16).leftPad4()).utf8)
                default: out.append(b)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension String {
    fileprivate func leftPad4() -> String { String(repeating: "0", count: max(0, 4 - count)) + self }
}
