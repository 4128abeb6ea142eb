import ArgumentParser
import Foundation
import SaywhoAttribution
import SaywhoCore

/// `saywho extract`: JSON Lines in, one prediction line out per article (the evaluation format).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read JSON Lines articles ({\"id\", \"text\"}) and write the quotes found, one segment an entry.")

    @Option(name: .long, help: "JSON Lines input (default: standard input).")
    var input: String?
    @Option(name: .long, help: "Where to write (default: standard output).")
    var output: String?

    func run() throws {
        // The output is checked first: a folder that is not there fails now, not after the whole input.
        if let output { try Console.checkWritable(output) }
        let data: Data
        if let input {
            data = try Self.read(input)
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
            LineSplitter.forEachLine(in: raw.bindMemory(to: UInt8.self)) { number, line in
                do {
                    let record = try reader.scalarRecord(line)
                    let id = record.id ?? String(number)
                    // The line's own `lang` names its language; without one, extraction detects it.
                    let extraction = extractor.extract(
                        scalars: record.scalars, articleID: id, paragraphs: record.paragraphs,
                        language: record.language.flatMap(Language.init(tag:)), author: record.author)
                    PredictionWriter.append(id: id, extraction: extraction, to: &out)
                } catch {
                    Console.warn("\(name):\(number): \(error); skipped")
                    failures += 1
                }
            }
        }
        if let output {
            do {
                try Console.write(Data(out), toFile: output)
            } catch {
                throw CLIError(message: "\(output): cannot write: \(Console.reason(error))")
            }
        } else {
            Self.writeToStandardOutput(out)
        }
        if failures > 0, out.isEmpty { throw ExitCode.failure }
    }
}

extension ExtractCommand {
    /// The input file: a regular file mapped, a FIFO (`--input <(…)`) read to its end, anything else refused.
    static func read(_ input: String) throws -> Data {
        do {
            guard try InputFile.kind(of: input) == .regularFile else { return try InputFile.read(input, pipes: true) }
            let descriptor = open(input, O_RDONLY | O_CLOEXEC)
            defer { if descriptor >= 0 { close(descriptor) } }
            return try Self.mapped(descriptor) ?? InputFile.read(input)
        } catch let error as InputError {
            if case .notFound = error { throw CLIError(message: "\(input): no such file") }
            throw CLIError(message: error.description)
        }
    }

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
