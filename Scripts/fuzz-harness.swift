// libFuzzer targets for Scripts/fuzz.sh, one binary for all: FUZZ_TARGET names the one to run.
// Each input goes through one reader; a crash, a sanitizer report or a broken invariant (a
// segment out of the text or out of order, a bookmark that the store would refuse) stops the run.
import Foundation
import SaywhoAttribution
import SaywhoCore
import SaywhoUI

private let target = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
private let extractor = Extractor()

private func fail(_ why: String, _ input: Data) -> Never {
    FileHandle.standardError.write(Data("\(target): \(why)\ninput: \(Array(input))\n".utf8))
    abort()
}

/// Ranges inside `0...length`, each starting before or where it ends.
private func checkRanges(_ ranges: [TextRange], length: Int, ordered: Bool, _ what: String, _ input: Data) {
    var last = 0
    for range in ranges {
        guard range.start >= 0, range.start <= range.end, range.end <= length else {
            fail("\(what) \(range) outside 0..<\(length)", input)
        }
        if ordered {
            guard range.start >= last else { fail("\(what) \(range) before the previous one", input) }
            last = range.end
        }
    }
}

/// An article's paragraphs lie in its text in order; its extraction's quotes and attributions too.
private func checkArticle(_ article: Article, _ input: Data, extract: Bool) {
    let length = article.text.unicodeScalars.count
    guard !article.text.isEmpty else { fail("an article with no text", input) }
    checkRanges(article.paragraphs, length: length, ordered: true, "paragraph", input)
    guard extract else { return }
    let extraction = extractor.extract(article)
    checkRanges(extraction.quotes.flatMap(\.segments), length: length, ordered: true, "quote segment", input)
    for quote in extraction.quotes {
        guard !quote.segments.isEmpty else { fail("a quote with no segment", input) }
        guard let attribution = quote.attribution else { continue }
        let ranges = [attribution.mentionRange, attribution.evidence] + (attribution.cueRange.map { [$0] } ?? [])
        checkRanges(ranges, length: length, ordered: false, "attribution range", input)
        guard extraction.speakers.contains(where: { $0.id == attribution.speakerID }) else {
            fail("a quote attributed to a speaker the extraction does not list", input)
        }
    }
}

private func articles(_ format: ArticleFormat, _ input: Data) {
    guard let text = String(validating: input, as: UTF8.self) else { return }
    var warnings: [InputError] = []
    guard let read = try? format.parse(text, path: "fuzz/input", warnings: &warnings) else { return }
    for article in read { checkArticle(article, input, extract: format == .plainText) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let input = Data(bytes: data, count: count)
    switch target {
    case "plaintext": articles(.plainText, input)
    case "markdown": articles(.markdown, input)
    case "json": articles(.json, input)
    case "jsonl": articles(.jsonLines, input)
    case "extractor":
        guard let text = String(validating: input, as: UTF8.self), text.contains(where: { !$0.isWhitespace }) else { return 0 }
        checkArticle(Article(id: "fuzz", path: "fuzz", text: text), input, extract: true)
    case "bookmarks-json", "bookmarks-csv":
        guard let bookmarks = try? BookmarkFormat.parse(input, file: "fuzz") else { return 0 }
        for bookmark in bookmarks where bookmark.problem != nil {
            fail("an import let in bookmark \(bookmark.id): \(bookmark.problem!)", input)
        }
        // What is imported exports and reads back the same.
        let format: BookmarkFormat = target == "bookmarks-csv" ? .csv : .json
        guard let back = try? BookmarkFormat.parse(Data(format.render(bookmarks).utf8), file: "fuzz") else {
            fail("an export of imported bookmarks does not read back", input)
        }
        guard back.map(\.text) == bookmarks.map(\.text), back.map(\.segments) == bookmarks.map(\.segments) else {
            fail("an export of imported bookmarks reads back different", input)
        }
    case "config":
        guard let text = String(validating: input, as: UTF8.self) else { return 0 }
        let (_, problems) = Config.parse(tomlText: text, file: "fuzz.toml")
        for problem in problems where !problem.message.hasPrefix("fuzz.toml:") { fail("a problem without its file", input) }
    case "theme":
        guard let text = String(validating: input, as: UTF8.self) else { return 0 }
        _ = try? Theme(tomlText: text, name: "fuzz", file: "fuzz.toml")
    default:
        fail("FUZZ_TARGET must be one of: \(targets.joined(separator: " "))", input)
    }
    return 0
}

private let targets = [
    "plaintext", "markdown", "json", "jsonl", "extractor", "bookmarks-json", "bookmarks-csv", "config", "theme",
]
