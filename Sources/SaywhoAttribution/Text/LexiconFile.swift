/// Reads the word lists embedded from `Resources/lexicon/`: one word or phrase a line,
/// `#` starts a comment line, blank lines are skipped; a table's line is `word = value`.
enum LexiconFile {
    /// The entries of a list, in file order.
    static func words(_ bytes: [UInt8]) -> [String] {
        var words: [String] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
            let entry = line.trimmingSpaces()
            if entry.isEmpty || entry.hasPrefix("#") { continue }
            words.append(entry)
        }
        return words
    }

    /// The entries of a `word = value` table.
    static func table(_ bytes: [UInt8]) -> [String: String] {
        var table: [String: String] = [:]
        for entry in words(bytes) {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            table[String(entry[..<equals]).trimmingSpaces()] = String(entry[entry.index(after: equals)...]).trimmingSpaces()
        }
        return table
    }
}

extension WordSet {
    /// The set of an embedded word list.
    init(lexicon bytes: [UInt8]) { self.init(LexiconFile.words(bytes)) }
}

extension StringProtocol {
    /// The text without the spaces and tabs around it.
    func trimmingSpaces() -> String {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" || self[start] == "\r" { start = index(after: start) }
        while end > start, self[index(before: end)] == " " || self[index(before: end)] == "\t" || self[index(before: end)] == "\r"
        { end = index(before: end) }
        return String(self[start..<end])
    }
}
