import GRDB
import SaywhoCore

/// How articles, speakers and quotes become rows and come back.
enum IndexRows {
    /// Aliases are kept one a line: a mention never spans a line break.
    static let aliasSeparator = "\n"

    static func insert(_ entry: IndexedArticle, file: Int64, ordinal: Int, in db: Database) throws {
        let article = entry.article
        let extraction = entry.extraction
        try db.cachedStatement(
            sql: """
                INSERT INTO article (file, ordinal, key, title, date, outlet, author, url, language, quotes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            file, ordinal, article.id, article.title, article.date, article.outlet, article.author, article.url,
            article.language.rawValue, extraction.quotes.count,
        ])
        let articleID = db.lastInsertedRowID
        let speakerStatement = try db.cachedStatement(
            sql: "INSERT INTO speaker (article, ordinal, key, name, aliases, kind) VALUES (?, ?, ?, ?, ?, ?)")
        for (n, speaker) in extraction.speakers.enumerated() {
            try speakerStatement.execute(arguments: [
                articleID, n, speaker.id, speaker.name, speaker.aliases.joined(separator: aliasSeparator),
                speaker.kind.rawValue,
            ])
        }
        let quoteStatement = try db.cachedStatement(
            sql: """
                INSERT INTO quote (article, ordinal, kind, segments, text, speaker, mention, mention_start, mention_end,
                    cue, cue_start, cue_end, channel, confidence, evidence_start, evidence_end, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let quoteTexts = entry.quoteTexts
        for (n, quote) in extraction.quotes.enumerated() {
            let text = quoteTexts[n]
            let a = quote.attribution
            let values: [(any DatabaseValueConvertible)?] = [
                articleID, n, quote.kind.rawValue, encode(quote.segments), text, a?.speakerID, a?.mention,
                a?.mentionRange.start, a?.mentionRange.end, a?.cue, a?.cueRange?.start, a?.cueRange?.end, a?.channel,
                a?.confidence, a?.evidence.start, a?.evidence.end, a?.rule,
            ]
            try quoteStatement.execute(arguments: StatementArguments(values))
        }
        try db.cachedStatement(sql: "INSERT INTO search (rowid, title, body, quotes) VALUES (?, ?, ?, ?)")
            .execute(arguments: [articleID, article.title, article.text, quoteTexts.joined(separator: "\n")])
    }

    /// Segments as `start-end start-end`.
    static func encode(_ segments: [TextRange]) -> String {
        segments.map { "\($0.start)-\($0.end)" }.joined(separator: " ")
    }

    static func decodeSegments(_ text: String) -> [TextRange] {
        text.split(separator: " ").compactMap { piece in
            let bounds = piece.split(separator: "-")
            guard bounds.count == 2, let start = Int(bounds[0]), let end = Int(bounds[1]), start <= end else { return nil }
            return TextRange(start, end)
        }
    }

    /// A speaker row: `key, name, aliases, kind`.
    static func speaker(_ row: Row, from column: Int) -> Speaker {
        let aliases: String = row[column + 2]
        let kind = SpeakerKind(rawValue: row[column + 3]) ?? .person
        return Speaker(
            id: row[column], name: row[column + 1],
            aliases: aliases.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) },
            kind: kind)
    }

    /// A quote row: `ordinal, kind, segments, text, speaker, mention, mention_start, mention_end, cue,
    /// cue_start, cue_end, channel, confidence, evidence_start, evidence_end, rule` (16 columns from `c`).
    static func quote(_ row: Row, from c: Int, articleID: String) -> (quote: Quote, text: String)? {
        let ordinal: Int = row[c]
        let segments = decodeSegments(row[c + 2])
        guard !segments.isEmpty else { return nil }
        var attribution: Attribution?
        if let speakerID: String = row[c + 4] {
            let cueStart: Int? = row[c + 9]
            let cueEnd: Int? = row[c + 10]
            attribution = Attribution(
                speakerID: speakerID, mention: row[c + 5] ?? "",
                mentionRange: TextRange(row[c + 6] ?? 0, row[c + 7] ?? 0), cue: row[c + 8],
                cueRange: cueStart.flatMap { start in cueEnd.map { TextRange(start, $0) } }, channel: row[c + 11],
                confidence: row[c + 12] ?? 0, evidence: TextRange(row[c + 13] ?? 0, row[c + 14] ?? 0), rule: row[c + 15] ?? "")
        }
        let quote = Quote(
            id: "\(articleID)#\(ordinal + 1)", articleID: articleID, segments: segments,
            kind: QuoteKind(rawValue: row[c + 1]) ?? .direct, attribution: attribution)
        return (quote, row[c + 3])
    }

    static let quoteColumns = """
        ordinal, kind, segments, text, speaker, mention, mention_start, mention_end, cue, cue_start, cue_end, channel,
        confidence, evidence_start, evidence_end, rule
        """
}
