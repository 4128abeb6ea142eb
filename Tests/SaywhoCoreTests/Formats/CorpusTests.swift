import SaywhoCore
import SaywhoTestSupport
import Testing

@Suite struct CorpusTests {
    func article(_ id: String, _ text: String) -> Article { Article(id: id, path: "\(id).txt", text: text) }

    @Test func aSurnameAloneJoinsTheOnePersonOfTheCorpusWithThatName() {
        let corpus = Corpus(articles: [
            article("a", "“The budget is balanced,” said Mayor Delia Ferreira."),
            article("b", "“We will not close the library,” Ferreira said on Friday."),
        ])
        let names = corpus.speakers.map(\.name)
        #expect(names == ["Delia Ferreira"])
        #expect(corpus.quoteCounts["delia ferreira"] == 2)
        #expect(corpus.speakers[0].matches(alias: "Ferreira"))
    }

    @Test func anAmbiguousSurnameStaysApart() {
        let corpus = Corpus(articles: [
            article("a", "“We won,” said Ana Lind."),
            article("b", "“We lost,” said Karl Lind."),
            article("c", "“It was close,” Lind said."),
        ])
        #expect(Set(corpus.speakers.map(\.name)) == ["Ana Lind", "Karl Lind", "Lind"])
    }

    @Test func unnamedSourcesBelongToTheirArticle() {
        let corpus = Corpus(articles: [
            article("a", "“The deal is done,” a source said."),
            article("b", "“The deal is off,” a source said."),
        ])
        let sources = corpus.speakers.filter { $0.kind == .unnamed }
        #expect(sources.count == 2)
        #expect(Set(sources.compactMap(\.articleID)) == ["a", "b"])
        #expect(corpus.speakers(matching: "a source").count == 2, "the alias still finds them all")
    }
}
