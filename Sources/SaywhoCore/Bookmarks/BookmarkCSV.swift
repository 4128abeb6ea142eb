import Foundation

/// Bookmarks as CSV (RFC 4180): a header row, one row a bookmark, fields quoted when they need it.
public enum BookmarkCSV {
    /// The columns written, in order; an import needs `text` and reads the others when present, in any order.
    public static let columns = [
        "id", "created", "speaker", "mention", "channel", "outlet", "date", "title", "article_id", "path", "segments",
        "text", "note", "url",
    ]

    /// The CSV text, rows ending in CRLF; segments are written `start-end;start-end`.
    public static func render(_ bookmarks: [Bookmark]) -> String {
        var out = columns.joined(separator: ",") + "\r\n"
        for b in bookmarks {
            let segments = b.segments.map { "\($0.start)-\($0.end)" }.joined(separator: ";")
            let fields = [
                b.id, timestamp(b.created), b.speaker ?? "", b.mention ?? "", b.channel ?? "", b.outlet ?? "",
                b.date ?? "", b.title, b.articleID, b.path, segments, b.text, b.note ?? "", b.url ?? "",
            ]
            out += fields.map { quoted(defused($0)) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Reads bookmarks from CSV with a header row; a missing id is computed, a missing date is now.
    public static func parse(_ text: String, file: String) throws(BookmarkError) -> [Bookmark] {
        let records = try self.records(text, file: file)
        guard let header = records.first else { return [] }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let textColumn = names.firstIndex(of: "text") else {
            throw .invalidImport(
                file: file, line: 1,
                reason: "no \"text\" column; expected a header like "
                    + columns.joined(separator: ","))
        }
        var result: [Bookmark] = []
        for record in records.dropFirst() {
            if record.fields.allSatisfy(\.isEmpty) { continue }
            func field(_ name: String) -> String? {
                guard let i = names.firstIndex(of: name), i < record.fields.count else { return nil }
                let value = restored(record.fields[i])
                return value.isEmpty ? nil : value
            }
            guard textColumn < record.fields.count, !record.fields[textColumn].isEmpty else {
                throw .invalidImport(file: file, line: record.line, reason: "no text in the \"text\" column")
            }
            var created = Date()
            if let value = field("created") {
                guard let date = ISO8601DateFormatter().date(from: value) else {
                    throw .invalidImport(file: file, line: record.line, reason: "created \"\(value)\" is not an ISO 8601 date")
                }
                created = date
            }
            var segments: [TextRange] = []
            for piece in (field("segments") ?? "").split(separator: ";") {
                let bounds = piece.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard bounds.count == 2, bounds[0] >= 0, bounds[0] <= bounds[1] else {
                    throw .invalidImport(file: file, line: record.line, reason: "segment \"\(piece)\" is not start-end")
                }
                segments.append(TextRange(bounds[0], bounds[1]))
            }
            let bookmark = Bookmark(
                id: field("id"), created: created, note: field("note"), text: restored(record.fields[textColumn]),
                segments: segments, speaker: field("speaker"), mention: field("mention"), channel: field("channel"),
                articleID: field("article_id") ?? "", title: field("title") ?? "", path: field("path") ?? "",
                outlet: field("outlet"), date: field("date"), url: field("url"))
            if let problem = bookmark.problem { throw .invalidImport(file: file, line: record.line, reason: problem) }
            result.append(bookmark)
        }
        return result
    }

    static func timestamp(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }

    /// Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list).
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `field` with a `'` before a leading formula character, so a spreadsheet shows it as text;
    /// `restored` takes the `'` off again on import.
    static func defused(_ field: String) -> String {
        guard let first = field.first, formulaStarts.contains(first) else { return field }
        return "'" + field
    }

    /// An imported field with the `'` that `defused` put before a formula character taken off.
    static func restored(_ field: String) -> String {
        guard field.hasPrefix("'"), let second = field.dropFirst().first, formulaStarts.contains(second) else { return field }
        return String(field.dropFirst())
    }

    /// `field`, in double quotes (inner quotes doubled) when it holds a comma, quote, line break or edge space.
    static func quoted(_ field: String) -> String {
        let needsQuotes =
            field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    struct Record {
        var line: Int
        var fields: [String]
    }

    /// Splits CSV text into records, each with the line it starts on; quoted fields may hold line breaks.
    static func records(_ text: String, file: String) throws(BookmarkError) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return scalars.next()
        }
        while let s = next() {
            if inQuotes {
                if s == "\"" {
                    if let after = next() {
                        if after == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            inQuotes = false
                            pending = after
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if s == "\n" { line += 1 }
                    field.unicodeScalars.append(s)
                }
                continue
            }
            switch s {
            case "\"" where field.isEmpty:
                inQuotes = true
            case ",":
                fields.append(field)
                field = ""
            case "\r":
                continue
            case "\n":
                fields.append(field)
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                field = ""
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(s)
            }
        }
        if inQuotes { throw .invalidImport(file: file, line: recordLine, reason: "a quoted field is never closed") }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
