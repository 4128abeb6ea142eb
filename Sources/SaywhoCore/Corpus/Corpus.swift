import Dispatch
import Foundation

/// Articles with their quotes and the speakers merged across all of them.
public struct Corpus: Sendable {
    public private(set) var articles: [Article]
    /// Quotes per article, in the order of `articles`.
    public private(set) var extractions: [ArticleExtraction]
    /// Every speaker of the corpus, merged by canonical name.
    public private(set) var speakers: [Speaker]
    public private(set) var report: LoadReport

    public init(articles: [Article], extractor: some QuoteExtracting) {
        var report = LoadReport()
        report.articles = articles
        self.init(report: report, extractor: extractor)
    }

    public init(report: LoadReport, extractor: some QuoteExtracting) {
        let articles = report.articles
        var results = [ArticleExtraction?](repeating: nil, count: articles.count)
        results.withUnsafeMutableBufferPointer { buffer in
            let out = UncheckedBuffer(buffer)
            DispatchQueue.concurrentPerform(iterations: articles.count) { i in
                out.set(i, extractor.extract(articles[i]))
            }
        }
        self.init(report: report, extractions: results.map { $0! })
    }

    /// A corpus from extractions made elsewhere (a cache, or a test that fixes them by hand).
    public init(report: LoadReport, extractions: [ArticleExtraction]) {
        precondition(report.articles.count == extractions.count, "one extraction per article")
        self.articles = report.articles
        self.extractions = zip(report.articles, extractions).map { Corpus.scopingUnnamedSpeakers($1, to: $0.id) }
        self.report = report
        var directory = SpeakerDirectory()
        for extraction in self.extractions {
            for speaker in extraction.speakers { directory.merge(speaker) }
        }
        var quotes: [String: Int] = [:]
        for extraction in self.extractions {
            for quote in extraction.quotes { if let id = quote.attribution?.speakerID { quotes[id, default: 0] += 1 } }
        }
        let merges = Corpus.aliasMerges(directory.speakers, quotes: quotes)
        if !merges.isEmpty {
            self.extractions = self.extractions.map { Corpus.applying(merges, to: $0) }
            directory = SpeakerDirectory()
            for extraction in self.extractions {
                for speaker in extraction.speakers { directory.merge(speaker) }
            }
        }
        self.speakers = directory.speakers
    }

    /// One-word names that are the surname (or another alias) of exactly one named person elsewhere in the corpus.
    ///
    /// An article that only ever says "Ferreira" quotes the same Delia Ferreira as the
    /// articles that name her in full; with two candidates the name stays as it is.
    /// With several, it goes to the one quoted three times as often as all the others together
    /// (`Trump` to Donald Trump beside Eric and Ivanka Trump, by `quotes`), else it stays apart.
    static func aliasMerges(_ speakers: [Speaker], quotes: [String: Int] = [:]) -> [String: Speaker] {
        var byAlias: [String: [Speaker]] = [:]
        for speaker in speakers where speaker.kind == .person && speaker.name.contains(" ") {
            for alias in Set(speaker.aliases.map { $0.lowercased() }) { byAlias[alias, default: []].append(speaker) }
        }
        var merges: [String: Speaker] = [:]
        for speaker in speakers where speaker.kind == .person && !speaker.name.contains(" ") {
            guard let targets = byAlias[speaker.name.lowercased()] else { continue }
            if targets.count == 1 {
                merges[speaker.id] = targets[0]
            } else if let top = targets.max(by: { quotes[$0.id, default: 0] < quotes[$1.id, default: 0] }) {
                let others = targets.reduce(0) { $0 + ($1.id == top.id ? 0 : quotes[$1.id, default: 0]) }
                if quotes[top.id, default: 0] >= 3 * max(others, 1) { merges[speaker.id] = top }
            }
        }
        // "Ada J. Brook" is the Ada Brook named in full elsewhere; Eric Brook stays apart.
        var byName: [String: Speaker] = [:]
        for speaker in speakers where speaker.kind == .person { byName[speaker.id] = speaker }
        for speaker in speakers where speaker.kind == .person && merges[speaker.id] == nil {
            let words = speaker.name.split(separator: " ")
            guard words.count >= 3 else { continue }
            let kept = [words[0]] + words.dropFirst().dropLast().filter { !Self.isInitial($0) } + [words[words.count - 1]]
            guard kept.count < words.count, let target = byName[Speaker.id(for: kept.joined(separator: " "))] else { continue }
            merges[speaker.id] = target
        }
        return merges
    }

    /// A middle initial: one letter and a full stop ("J.").
    static func isInitial(_ word: Substring) -> Bool {
        word.count == 2 && word.last == "." && (word.first?.isLetter ?? false)
    }

    /// The extraction with merged speakers' quotes moved to the speaker they merge into.
    static func applying(_ merges: [String: Speaker], to extraction: ArticleExtraction) -> ArticleExtraction {
        guard extraction.speakers.contains(where: { merges[$0.id] != nil }) else { return extraction }
        var result = extraction
        var directory = SpeakerDirectory()
        for speaker in extraction.speakers {
            if let target = merges[speaker.id] {
                var merged = target
                merged.aliases = target.aliases + speaker.aliases.filter { alias in !target.matches(alias: alias) }
                directory.merge(merged)
            } else {
                directory.merge(speaker)
            }
        }
        result.speakers = directory.speakers
        for q in result.quotes.indices {
            if let id = result.quotes[q].attribution?.speakerID, let target = merges[id] {
                result.quotes[q].attribution?.speakerID = target.id
            }
        }
        return result
    }

    /// Unnamed sources are told apart by article: their ids gain the article id, their names stay as written.
    static func scopingUnnamedSpeakers(_ extraction: ArticleExtraction, to articleID: String) -> ArticleExtraction {
        guard extraction.speakers.contains(where: { $0.kind == .unnamed }) else { return extraction }
        var result = extraction
        var renamed: [String: String] = [:]
        for i in result.speakers.indices where result.speakers[i].kind == .unnamed {
            let scoped = result.speakers[i].id + "@" + articleID
            renamed[result.speakers[i].id] = scoped
            result.speakers[i].id = scoped
            result.speakers[i].articleID = articleID
        }
        for q in result.quotes.indices {
            if let id = result.quotes[q].attribution?.speakerID, let scoped = renamed[id] {
                result.quotes[q].attribution?.speakerID = scoped
            }
        }
        return result
    }

    /// Loads and extracts every path (files and folders).
    public static func load(_ paths: [String], extractor: some QuoteExtracting) -> Corpus {
        Corpus(report: ArticleLoader.load(paths), extractor: extractor)
    }

    public func speaker(id: String) -> Speaker? { speakers.first { $0.id == id } }

    /// Speakers whose aliases match `query`: exactly (ignoring case) when any does, else by substring.
    public func speakers(matching query: String) -> [Speaker] {
        let exact = speakers.filter { $0.matches(alias: query) }
        if !exact.isEmpty { return exact }
        let folded = query.lowercased()
        return speakers.filter { $0.aliases.contains { $0.lowercased().contains(folded) } }
    }

    /// Number of quotes attributed to each speaker id.
    public var quoteCounts: [String: Int] {
        var counts: [String: Int] = [:]
        for extraction in extractions {
            for quote in extraction.quotes { if let id = quote.attribution?.speakerID { counts[id, default: 0] += 1 } }
        }
        return counts
    }
}

/// Lets `concurrentPerform` write each result into its own slot.
private struct UncheckedBuffer<Element>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<Element?>
    init(_ base: UnsafeMutableBufferPointer<Element?>) { self.base = base }
    func set(_ i: Int, _ value: Element) { base[i] = value }
}
