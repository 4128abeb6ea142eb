import Dispatch
import Foundation
import SaywhoAttribution
import SaywhoCore
import SaywhoUI

// The reader's cost on a large article: time to open it, and time per keypress
// (reduce + render of the whole screen), which should not grow with the article.

/// A synthetic article of about `bytes` bytes with a quote in every paragraph.
func syntheticArticle(bytes: Int) -> Article {
    let people = ["Ana Lind", "Tom Reyes", "Lena Ortiz", "Kenji Mori", "Ruth Abebe"]
    var text = ""
    var n = 0
    while text.utf8.count < bytes {
        let who = people[n % people.count]
        text += "Paragraph \(n) of the council report went on for a while about budgets, roads and ferries. "
        text += "“Number \(n) is what we promised, and we will keep that promise to everyone here,” said \(who). "
        text += "Later \(who.split(separator: " ").last!) added: “Nobody should doubt it — 港 café 😀.”\n\n"
        n += 1
    }
    return Article(id: "bench", path: "bench.txt", title: "A very long council report", date: "2026-01-01", text: text)
}

func measure(_ label: String, repeat count: Int, _ body: () -> Void) -> Double {
    body()  // warm up
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<count { body() }
    let perCall = Double(DispatchTime.now().uptimeNanoseconds - start) / Double(count) / 1_000_000
    print(String(format: "%-44@ %9.3f ms", label as NSString, perCall))
    return perCall
}

let article = syntheticArticle(bytes: 1_000_000)
print("article: \(article.text.utf8.count / 1000) KB")
var start = DispatchTime.now().uptimeNanoseconds
let corpus = Corpus(articles: [article])
let extractSeconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let quotes = corpus.extractions[0].quotes.count
print(
    String(
        format: "extract: %d quotes in %.3f s (%.1f MB/s)", quotes, extractSeconds,
        Double(article.text.utf8.count) / 1e6 / extractSeconds))

start = DispatchTime.now().uptimeNanoseconds
var state = ReaderState(view: CorpusView(corpus: corpus), size: Size(columns: 200, rows: 60))
print(String(format: "open (wrap at reader width): %.3f s", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))

let screen = ReaderScreen()
var buffer = CellBuffer(size: state.size)
var worst = 0.0
for (label, action) in [
    ("n (next quote) + render", ReaderAction.command(.nextQuote)),
    ("j (scroll) + render", .command(.moveDown)),
    ("PgDn + render", .command(.pageDown)),
    ("] (same speaker) + render", .command(.nextBySpeaker)),
    ("N (previous quote) + render", .command(.previousQuote)),
] {
    worst = max(
        worst,
        measure(label, repeat: 300) {
            state.reduce(action)
            screen.render(state, into: &buffer)
        })
}
state.reduce(.command(.bottom))
worst = max(worst, measure("render at the end of the article", repeat: 300) { screen.render(state, into: &buffer) })
var previous: CellBuffer? = nil
worst = max(
    worst,
    measure("diff of two frames (200x60)", repeat: 300) {
        _ = buffer.changes(since: previous)
        previous = buffer
    })
print(String(format: "worst per keypress: %.3f ms (aim: under 2 ms at 200x60)", worst))

// Tags that resolve to nobody, many to one paragraph: extraction time per tag should not grow
// with their number (it once grew with the square).
var perTag: [Double] = []
for count in [5_000, 20_000] {
    let text = String(repeating: "“We agree with every word of it,” she said. ", count: count)
    let paragraph = Article(id: "pronouns", path: "pronouns.txt", title: "Pronouns", text: text)
    let begin = DispatchTime.now().uptimeNanoseconds
    _ = Extractor().extract(paragraph)
    perTag.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e3 / Double(count))
}
print(
    String(
        format: "unresolvable pronouns in one paragraph: %.2f µs a tag at 5,000, %.2f at 20,000 (ratio %.2f; linear is about 1)",
        perTag[0], perTag[1], perTag[1] / perTag[0]))

// A corpus of 100,000 short articles held in memory: the cost of a key press with a speaker
// filter on, which must not grow with the corpus (p50 and p99 over many presses).
@MainActor func keypressPercentiles(_ label: String, state: inout ReaderState, presses: Int, action: ReaderAction) {
    var buffer = CellBuffer(size: state.size)
    var samples: [Double] = []
    for _ in 0..<presses {
        let begin = DispatchTime.now().uptimeNanoseconds
        state.reduce(action)
        screen.render(state, into: &buffer)
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6)
    }
    samples.sort()
    print(
        String(
            format: "%@: p50 %.3f ms, p99 %.3f ms over %d presses", label, samples[samples.count / 2],
            samples[samples.count * 99 / 100], presses))
}

let people = (0..<2_000).map { "Person\($0 % 40) Surname\($0 / 40)" }
var many: [Article] = []
for n in 0..<100_000 {
    let a = people[n % people.count]
    let b = people[(n * 7 + 3) % people.count]
    let text = """
        Article \(n) on the harbour.

        “We will keep the ferry running,” said \(a), who chairs the board.

        \(b) disagreed. “The numbers do not add up,” she said.
        """
    many.append(
        Article(
            id: "a\(n)", path: "big/\(n).txt", title: "Harbour article \(n)",
            date: String(format: "20%02d-%02d-%02d", n % 20 + 5, n % 12 + 1, n % 28 + 1), text: text))
}
start = DispatchTime.now().uptimeNanoseconds
let big = CorpusView(corpus: Corpus(articles: many))
print(
    String(
        format: "100,000 articles: extracted and viewed in %.1f s",
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
var bigState = ReaderState(view: big, size: Size(columns: 200, rows: 60))
keypressPercentiles("n, no filter", state: &bigState, presses: 2_000, action: .command(.nextQuote))
bigState.speakerFilter = big.corpus.speakers.first { $0.name == people[17] }?.id
keypressPercentiles("n, speaker filter on", state: &bigState, presses: 2_000, action: .command(.nextQuote))
keypressPercentiles("j, speaker filter on", state: &bigState, presses: 2_000, action: .command(.moveDown))
