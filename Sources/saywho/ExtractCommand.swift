import ArgumentParser
import Foundation
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
            data = try Data(contentsOf: URL(fileURLWithPath: input))
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let name = input ?? "standard input"
        let extractor = Extractor()
        let reader = JSONLineReader()
        var out = Data()
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
                guard let parsed = reader.parseScalars(line) else {
                    Console.warn("\(name):\(lineNumber): not a JSON object with a \"text\" field; skipped")
                    failures += 1
                    continue
                }
                let id = parsed.id ?? String(lineNumber)
                let extraction = extractor.extract(scalars: parsed.scalars, articleID: id)
                out.append(PredictionLine.encode(id: id, extraction: extraction))
            }
        }
        if let output {
            try Console.write(out, toFile: output)
        } else {
            FileHandle.standardOutput.write(out)
        }
        if failures > 0, out.isEmpty { throw ExitCode.failure }
    }
}

/// The prediction format of the evaluation: one entry per quoted segment.
///
/// Written byte by byte into one buffer: string concatenation here cost as much as a
/// third of the extraction itself.
enum PredictionLine {
    static func encode(id: String, extraction: ArticleExtraction) -> Data {
        var out: [UInt8] = []
        out.reserveCapacity(64 + extraction.quotes.count * 160)
        let names = Dictionary(extraction.speakers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        out.append(contentsOf: #"{"id":"#.utf8)
        appendJSONString(id, to: &out)
        out.append(contentsOf: #","quotes":["#.utf8)
        var first = true
        for quote in extraction.quotes {
            let a = quote.attribution
            let name = a.flatMap { names[$0.speakerID] }
            for segment in quote.segments {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                out.append(contentsOf: #"{"start":"#.utf8)
                out.append(contentsOf: String(segment.start).utf8)
                out.append(contentsOf: #","end":"#.utf8)
                out.append(contentsOf: String(segment.end).utf8)
                out.append(contentsOf: #","speaker":"#.utf8)
                appendJSONString(name, to: &out)
                out.append(contentsOf: #","speaker_start":"#.utf8)
                out.append(contentsOf: (a.map { String($0.mentionRange.start) } ?? "null").utf8)
                out.append(contentsOf: #","speaker_end":"#.utf8)
                out.append(contentsOf: (a.map { String($0.mentionRange.end) } ?? "null").utf8)
                out.append(contentsOf: #","channel":"#.utf8)
                appendJSONString(a?.channel, to: &out)
                out.append(contentsOf: #","cue":"#.utf8)
                appendJSONString(a?.cue, to: &out)
                out.append(contentsOf: #","confidence":"#.utf8)
                out.append(contentsOf: (a.map { String($0.confidence) } ?? "null").utf8)
                out.append(contentsOf: #","rule":"#.utf8)
                appendJSONString(a?.rule, to: &out)
                out.append(UInt8(ascii: "}"))
            }
        }
        out.append(contentsOf: "]}\n".utf8)
        return Data(out)
    }

    /// A JSON string literal (or null), escaping what JSON requires.
    static func jsonString(_ value: String?) -> String {
        var out: [UInt8] = []
        appendJSONString(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func appendJSONString(_ value: String?, to out: inout [UInt8]) {
        guard let value else {
            out.append(contentsOf: "null".utf8)
            return
        }
        out.append(UInt8(ascii: "\""))
        for b in value.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: #"\\"#.utf8)
            case 0x0A: out.append(contentsOf: #"\n"#.utf8)
            case 0x0D: out.append(contentsOf: #"\r"#.utf8)
            case 0x09: out.append(contentsOf: #"\t"#.utf8)
            case 0..<0x20: out.append(contentsOf: ("\\u" + String(b, radix: 16).leftPad4()).utf8)
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension String {
    fileprivate func leftPad4() -> String { String(repeating: "0", count: max(0, 4 - count)) + self }
}
