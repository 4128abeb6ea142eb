import ArgumentParser
import Foundation
import SaywhoCore

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: "List articles with their quote and speaker counts.")

    @OptionGroup var corpus: CorpusOptions
    @Option(
        name: .long,
        help: "Only articles whose title, text or quotes hold these words (\"a phrase\", prefix*), through the index.")
    var search: String?
    @OptionGroup var output: FormatOptions

    struct Row: Encodable {
        var id: String
        var path: String
        var title: String
        @Null var date: String?
        @Null var outlet: String?
        @Null var url: String?
        var language: String
        var quotes: Int
        var speakers: [String]

    }

    func run() throws {
        let listing = try corpus.loadListing()
        let wanted = try search.map { Set(try listing.articles(matching: $0)) }
        // The reader's order: newest first, undated last, then by title.
        let order = Article.listingOrder(of: listing.articles).filter { wanted?.contains($0) ?? true }
        let rows = order.map { i -> Row in
            let article = listing.articles[i]
            return Row(
                id: article.id, path: article.path, title: article.title, date: article.date, outlet: article.outlet,
                url: article.url, language: article.language.rawValue, quotes: listing.quoteCounts[i],
                speakers: listing.speakers.byArticle[i].map(\.name))
        }
        switch output.resolved {
        case .json:
            Console.write(try Console.json(rows))
        case .table:
            var table = Table("DATE", "LANG", "QUOTES", "SPEAKERS", "TITLE")
            for row in rows { table.add(row.date ?? "", row.language, String(row.quotes), String(row.speakers.count), row.title) }
            Console.write(table.render())
        }
    }
}

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "quotes", abstract: "List quotes with speaker, channel and cue.")

    @OptionGroup var corpus: CorpusOptions
    @Option(name: .long, help: "Only quotes by this speaker (any alias, ignoring case).")
    var speaker: String?
    @OptionGroup var output: FormatOptions

    struct Segment: Encodable {
        var start: Int
        var end: Int
    }

    struct Row: Encodable {
        var article: String
        var id: String
        var text: String
        var segments: [Segment]
        var kind: String
        @Null var speaker: String?
        @Null var speakerKind: String?
        @Null var mention: String?
        @Null var channel: String?
        @Null var cue: String?
        @Null var confidence: Double?

        enum CodingKeys: String, CodingKey {
            case article, id, text, segments, kind, speaker
            case speakerKind = "speaker_kind"
            case mention, channel, cue, confidence
        }

    }

    func run() throws {
        let loaded = try corpus.load()
        let corpus = loaded.corpus
        var wanted: Set<String>?
        if let speaker {
            let matches = corpus.speakers(matching: speaker)
            guard !matches.isEmpty else { throw CLIError(message: "no speaker matches \"\(speaker)\"") }
            wanted = Set(matches.map(\.id))
        }
        var rows: [Row] = []
        // JSON is written an article's rows at a time, never held whole: the output of a large corpus
        // is several times its size, and the rows, the JSON and its copy for the terminal each were.
        var json = output.resolved == .json ? JSONRowWriter() : nil
        for (i, (article, extraction)) in zip(corpus.articles, corpus.extractions).enumerated() {
            let texts = loaded.quoteTexts(ofArticle: i)
            for (quote, text) in zip(extraction.quotes, texts) {
                let attribution = quote.attribution
                if let wanted, !wanted.contains(attribution?.speakerID ?? "") { continue }
                let speaker = extraction.speaker(for: quote)
                rows.append(
                    Row(
                        article: article.id, id: quote.id, text: text,
                        segments: quote.segments.map { Segment(start: $0.start, end: $0.end) }, kind: quote.kind.rawValue,
                        speaker: speaker?.name, speakerKind: speaker?.kind.rawValue, mention: attribution?.mention,
                        channel: attribution?.channel, cue: attribution?.cue, confidence: attribution?.confidence))
            }
            if json != nil {
                try json!.write(rows)
                rows.removeAll(keepingCapacity: true)
            }
        }
        switch output.resolved {
        case .json:
            json!.finish()
        case .table:
            var table = Table("ARTICLE", "SPEAKER", "CHANNEL", "QUOTE")
            for row in rows { table.add(row.article, row.speaker ?? "—", row.channel ?? "", row.text) }
            Console.write(table.render())
        }
    }
}

struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "speakers", abstract: "List speakers, most quoted first.")

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var output: FormatOptions

    struct Row: Encodable {
        var name: String
        var aliases: [String]
        var kind: String
        var quotes: Int
        /// For unnamed sources: the article they are quoted in (each article's "a source" is its own).
        @Null var article: String?
    }

    func run() throws {
        let rows = try corpus.loadListing().speakers.corpus.map { speaker, quotes in
            Row(
                name: speaker.name, aliases: speaker.aliases, kind: speaker.kind.rawValue, quotes: quotes,
                article: speaker.articleID)
        }
        switch output.resolved {
        case .json:
            Console.write(try Console.json(rows))
        case .table:
            var table = Table("QUOTES", "KIND", "SPEAKER", "ALIASES")
            for row in rows {
                table.add(
                    String(row.quotes), row.kind, row.name + (row.article.map { " (in \($0))" } ?? ""),
                    row.aliases.joined(separator: ", "))
            }
            Console.write(table.render())
        }
    }
}

/// An optional that JSON shows as `null` instead of leaving its key out, so every row has every key.
@propertyWrapper
struct Null<Value: Encodable>: Encodable {
    var wrappedValue: Value?

    init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value = wrappedValue { try container.encode(value) } else { try container.encodeNil() }
    }
}
