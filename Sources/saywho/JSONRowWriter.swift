/// Writes a JSON array of rows to standard output a few rows at a time, as `Console.json` would
/// write the whole array at once: the same pretty-printed, sorted and escaped text.
struct JSONRowWriter {
    private var wroteRow = false

    /// Writes `rows` as the next elements of the array.
    mutating func write<Row: Encodable>(_ rows: [Row]) throws {
        guard !rows.isEmpty else { return }
        // The rows' own array, "[\n  {…}\n]\n", without its brackets: its elements are indented as the whole one's.
        let array = try Console.json(rows)
        let elements = array.dropFirst(2).dropLast(3)
        Console.write((wroteRow ? ",\n" : "[\n") + elements)
        wroteRow = true
    }

    /// Closes the array (`[` and `]` on lines of their own when there was no row, as the encoder writes it).
    func finish() {
        Console.write(wroteRow ? "\n]\n" : "[\n\n]\n")
    }
}
