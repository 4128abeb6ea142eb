import Foundation

/// Writes a folder of small articles in the project's own words, varied by name, place and
/// date, for tests that need many files (indexing, concurrency, kills).
public enum CorpusWriter {
    static let first = ["Ada", "Tomas", "Priya", "Owen", "Carla", "Jürgen", "Mei", "Kofi", "Ines", "Ray"]
    static let last = ["Quint", "Berg", "Sandhu", "Tate", "Mendes", "Müller", "Tanaka", "Mensah", "Ortega", "Donnelly"]
    static let places = ["Port Calder", "Skerry", "Millbrook", "Krummsand", "Brightwater", "Low Road"]
    static let topics = ["harbour fees", "the ferry rota", "the school roof", "the library budget", "the sea wall"]

    /// Writes `count` Markdown articles into `folder`, `article-00001.md` and on.
    public static func write(_ count: Int, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for n in 0..<count {
            let name = first[n % first.count] + " " + last[(n / first.count) % last.count]
            let other = first[(n + 3) % first.count] + " " + last[(n / 7) % last.count]
            let place = places[n % places.count]
            let topic = topics[(n / 3) % topics.count]
            let text = """
                ---
                title: \(place) council talks about \(topic), day \(n)
                date: 2026-\(String(format: "%02d", n % 12 + 1))-\(String(format: "%02d", n % 28 + 1))
                outlet: The Calder Courier
                ---
                Councillors in \(place) met on Tuesday to talk about \(topic) for the \(n)th time.

                “We owe the town a straight answer on \(topic),” said \(name), who chairs the committee.

                \(other), a resident, said the plan was “too little and far too late.” She added: “Nobody here trusts the figures any more.”

                The council said in a statement that it would “publish every figure before the next meeting.”
                """
            try text.write(
                to: folder.appendingPathComponent(String(format: "article-%05d.md", n)), atomically: false, encoding: .utf8)
        }
    }
}
