import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// The speaker picker: it keeps what was typed, says where the selection is, and sorts by count then name.
@Suite struct PickerTests {
    let view = CorpusView(corpus: ReaderFixture.corpus)

    @Test func enterWithNoMatchKeepsThePickerAndTheText() {
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        s.reduce(.command(.speakerFilter))
        for c in "ortz" { s.reduce(.type(c)) }
        s.reduce(.command(.open))
        #expect(s.overlay == .speakerPicker(query: "ortz", selection: 0))
        #expect(s.message?.text == "no speaker matches \"ortz\"")
        #expect(ReaderScreen().render(s).lines().last!.contains("no speaker matches \"ortz\""))
        s.reduce(.deleteBackward)
        s.reduce(.deleteBackward)
        s.reduce(.command(.open))
        #expect(s.overlay == nil)
        #expect(s.speakerFilter == "lena ortiz")
    }

    @Test func theBorderSaysWhichOfHowMany() {
        var s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        s.reduce(.command(.speakerFilter))
        s.reduce(.command(.moveDown))
        let screen = ReaderScreen().render(s).lines().joined(separator: "\n")
        #expect(screen.contains(" 2 of 3 ─┘"), "\(screen)")
    }

    @Test func aLongListSaysHowManyMoreLieBelow() {
        let names = ["Ana Lind", "Bo Berg", "Carl Holm", "Dora Vik", "Emil Sand", "Frida Ek", "Gustav Ros"]
        let text = names.map { "“We will be there on Monday,” said \($0), a local trader." }.joined(separator: "\n\n")
        let article = Article(id: "market", path: "market.txt", title: "Market day", date: "2025-01-01", text: text)
        var s = ReaderState(view: CorpusView(corpus: Corpus(articles: [article])), size: Size(columns: 80, rows: 10))
        let count = s.pickerSpeakers(query: "").count
        #expect(count >= 6)
        s.reduce(.command(.speakerFilter))
        let screen = ReaderScreen().render(s).lines().joined(separator: "\n")
        #expect(screen.contains("↓ \(count - 4) more · 1 of \(count) "), "\(screen)")
    }

    @Test func speakersAreSortedByCountThenByName() {
        let s = ReaderState(view: view, size: Size(columns: 120, rows: 40))
        // Lena Ortiz has 3 quotes, the spokeswoman 2, Tom Reyes 1.
        #expect(s.pickerSpeakers(query: "").map(\.name) == ["Lena Ortiz", "A police spokeswoman", "Tom Reyes"])
        let tied = s.pickerSpeakers(query: "e").filter { s.view.quoteCounts[$0.id] == 1 }.map(\.name)
        #expect(tied == tied.sorted { $0.localizedStandardCompare($1) == .orderedAscending })
    }
}
