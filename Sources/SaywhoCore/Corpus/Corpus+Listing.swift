extension Corpus {
    /// Every speaker with the number of quotes attributed to them: most quoted first, then by name.
    public var speakersByQuotes: [(speaker: Speaker, quotes: Int)] {
        let counts = quoteCounts
        return speakers.map { ($0, counts[$0.id, default: 0]) }.sorted { Self.listed($0, before: $1) }
    }

    /// The speakers of the article at `index`, most quoted in it first, then by name.
    public func speakersByQuotes(inArticle index: Int) -> [Speaker] {
        var counts: [String: Int] = [:]
        for quote in extractions[index].quotes { if let id = quote.attribution?.speakerID { counts[id, default: 0] += 1 } }
        return extractions[index].speakers.map { ($0, counts[$0.id, default: 0]) }.sorted { Self.listed($0, before: $1) }.map(\.0)
    }

    /// More quotes first; equal counts by name, then id, so that no listing depends on the sort.
    static func listed(_ a: (Speaker, Int), before b: (Speaker, Int)) -> Bool {
        if a.1 != b.1 { return a.1 > b.1 }
        if a.0.name != b.0.name { return a.0.name < b.0.name }
        return a.0.id < b.0.id
    }
}
