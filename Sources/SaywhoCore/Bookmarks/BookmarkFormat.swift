import Foundation

/// The file formats bookmarks are exported to and imported from.
public enum BookmarkFormat: String, CaseIterable, Sendable {
    /// Ready-to-paste citations: `> quote`, `— Speaker, channel, Outlet, date`, then the note.
    case markdown = "md"
    /// An array of bookmarks, the same fields the store keeps.
    case json
    /// One row a bookmark under a header row; see `BookmarkCSV.columns`.
    case csv

    /// The bookmarks written in this format.
    public func render(_ bookmarks: [Bookmark]) -> String {
        switch self {
        case .markdown: return bookmarks.map(Self.citation).joined(separator: "\n")
        case .json: return Self.json(bookmarks)
        case .csv: return BookmarkCSV.render(bookmarks)
        }
    }

    /// Reads a JSON or CSV export (told apart by the first character), or a store file; `file` names it in errors.
    public static func parse(_ data: Data, file: String) throws(BookmarkError) -> [Bookmark] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw .invalidImport(file: file, line: nil, reason: "not UTF-8 text")
        }
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let first = start.first else { return [] }
        guard first == "[" || first == "{" else { return try BookmarkCSV.parse(String(start), file: file) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        struct Wrapped: Decodable { var bookmarks: [Bookmark] }
        let bookmarks: [Bookmark]
        do {
            if first == "{" {
                bookmarks = try decoder.decode(Wrapped.self, from: Data(start.utf8)).bookmarks
            } else {
                bookmarks = try decoder.decode([Bookmark].self, from: Data(start.utf8))
            }
        } catch {
            throw .invalidImport(file: file, line: nil, reason: "not a bookmark export: " + BookmarkStore.describe(error))
        }
        return try Bookmark.checked(bookmarks, file: file)
    }

    /// Pretty JSON with sorted keys and ISO 8601 dates, ending in a newline; C1 controls and line separators escaped.
    static func json(_ bookmarks: [Bookmark]) -> String {
        if bookmarks.isEmpty { return "[]\n" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        // Encoding plain strings, numbers and dates cannot fail.
        let data = (try? encoder.encode(bookmarks)) ?? Data("[]".utf8)
        return Sanitizer.escapingJSON(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// One Markdown citation: the quote and its source line as a block quote, then the note and a blank line.
    static func citation(_ bookmark: Bookmark) -> String {
        func clean(_ s: String) -> String { Sanitizer.visible(s, keepNewlines: true) }
        let quote = bookmark.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "> " + clean(String($0)).trimmingCharacters(in: .whitespaces) }
            .joined(separator: "\n>\n")
        // Who, through what, then the article: its own title in full, outlet, date and address.
        var source = [bookmark.speaker ?? "Unattributed"]
        if let channel = bookmark.channel, !channel.isEmpty { source.append(channel) }
        if !bookmark.title.isEmpty { source.append("“\(bookmark.title)”") }
        if let outlet = bookmark.outlet, !outlet.isEmpty { source.append(outlet) }
        if let date = bookmark.date, !date.isEmpty { source.append(date) }
        if let url = bookmark.url, !url.isEmpty { source.append("<\(url)>") }
        // The source line stays inside the block quote (after an empty quote line), as a citation reads.
        var out =
            quote + "\n>\n> — "
            + source.map { clean($0).replacingOccurrences(of: "\n", with: " ") }
            .joined(separator: ", ") + "\n"
        if let note = bookmark.note, !note.isEmpty { out += "\n" + clean(note) + "\n" }
        return out
    }
}
