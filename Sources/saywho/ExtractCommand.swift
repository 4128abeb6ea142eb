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
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                guard let parsed = reader.parse(line) else {
                    Console.warn("\(name):\(lineNumber): not a JSON object with a \"text\" field; skipped")
                    failures += 1
                    continue
                }
                let id = parsed.id ?? String(lineNumber)
                let extraction = extractor.extract(text: parsed.text, articleID: id)
                out.append(PredictionLine.encode(id: id, extraction: extraction))
            }
        }
        if let output {
            try out.write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            FileHandle.standardOutput.write(out)
        }
        if failures > 0, out.isEmpty { throw ExitCode.failure }
    }
}

/// The prediction format of the evaluation: one entry per quoted segment.
enum PredictionLine {
    static func encode(id: String, extraction: ArticleExtraction) -> Data {
        var entries: [String] = []
        let names = Dictionary(extraction.speakers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        for quote in extraction.quotes {
            let a = quote.attribution
            for segment in quote.segments {
                var fields = ["\"start\":\(segment.start)", "\"end\":\(segment.end)"]
                fields.append("\"speaker\":" + jsonString(a.flatMap { names[$0.speakerID] }))
                fields.append("\"speaker_start\":" + (a.map { String($0.mentionRange.start) } ?? "null"))
                fields.append("\"speaker_end\":" + (a.map { String($0.mentionRange.end) } ?? "null"))
                fields.append("\"channel\":" + jsonString(a?.channel))
                fields.append("\"cue\":" + jsonString(a?.cue))
                fields.append("\"confidence\":" + (a.map { String($0.confidence) } ?? "null"))
                fields.append("\"rule\":" + jsonString(a?.rule))
                entries.append("{" + fields.joined(separator: ",") + "}")
            }
        }
        let line = "{\"id\":" + jsonString(id) + ",\"quotes\":[" + entries.joined(separator: ",") + "]}\n"
        return Data(line.utf8)
    }

    /// A JSON string literal (or null), escaping what JSON requires.
    static func jsonString(_ value: String?) -> String {
        guard let value else { return "null" }
        var out = "\""
        for s in value.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if s.value < 0x20 {
                    out += "\\u" + String(s.value, radix: 16).leftPad4()
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out + "\""
    }
}

extension String {
    fileprivate func leftPad4() -> String { String(repeating: "0", count: max(0, 4 - count)) + self }
}
