import SaywhoCore
import Testing

@testable import SaywhoAttribution

/// The speakers of a corpus the project writes, as `saywho speakers` and the `s` picker show them:
/// name variants merged, relatives with the same surname apart, and no alias that is a pronoun,
/// a determiner phrase, a possessive, a role or a relative pronoun.
@Suite struct CorpusSpeakersTests {
    static let articles = [
        Article(
            id: "wall-pledge", path: "wall-pledge.txt",
            text: """
                Harbour chief pledges new wall

                Harbour board chairman Desmond Achterberg said on Monday the wall would be rebuilt. “We start in May,” Achterberg said.

                His son, Eric Achterberg, who runs the ferry, was less sure. “I will believe it when I see stone,” Eric Achterberg said.

                “That Achterberg always pays his crews on time,” said councillor Mina Sorel, who has opposed the wall.
                """),
        Article(
            id: "board-seat", path: "board-seat.txt",
            text: """
                Achterberg daughter joins board

                Desmond J. Achterberg named his daughter, Ivanka Achterberg, to the harbour board on Tuesday. “She knows the quay better than I do,” Desmond J. Achterberg said.

                “I grew up on that quay,” Ivanka Achterberg said.
                """),
        Article(
            id: "work-begins", path: "work-begins.txt",
            text: """
                Wall work begins

                Desmond Achterberg, who chairs the board, watched work on the harbour wall begin on Wednesday at Port Calder.

                “The stone came on time,” Achterberg said in a statement.

                Mina Sorel, who chairs the residents’ group, watched the first crane. “Maybe they will finish it this time,” she said.
                """),
    ]

    @Test func variantsMergeAndRelativesStayApart() {
        let corpus = Corpus(articles: Self.articles)
        let names = Set(corpus.speakers.map(\.name))
        #expect(names.contains("Desmond Achterberg"))
        #expect(!names.contains("Desmond J. Achterberg"), "the middle initial is the same man")
        #expect(!names.contains("Achterberg"), "the surname alone is the one Achterberg named in full")
        #expect(names.contains("Eric Achterberg") && names.contains("Ivanka Achterberg"))
        #expect(names.contains("Mina Sorel"))
        let desmond = corpus.speakers.first { $0.name == "Desmond Achterberg" }
        #expect(corpus.quoteCounts[desmond?.id ?? ""] == 3)
    }

    @Test func aLoneSurnameGoesToTheOneQuotedMostOrStaysApart() {
        let lines = (1...7).map { "“Berth \($0) is finished,” Desmond Achterberg said." }.joined(separator: " ")
        let family = Article(
            id: "family", path: "family.txt", text: lines + " “I run the ferry,” said Eric Achterberg.")
        let lone = Article(id: "lone", path: "lone.txt", text: "“The stone came on time,” Achterberg said at the quay.")
        let merged = Corpus(articles: [family, lone])
        #expect(merged.speakers.map(\.name).sorted() == ["Desmond Achterberg", "Eric Achterberg"])
        // Two relatives quoted alike: the lone surname could be either, and stays apart.
        let even = Article(
            id: "even", path: "even.txt",
            text: "“Berth one is finished,” Desmond Achterberg said. “I run the ferry,” said Eric Achterberg.")
        let apart = Corpus(articles: [even, lone])
        #expect(apart.speakers.map(\.name).sorted() == ["Achterberg", "Desmond Achterberg", "Eric Achterberg"])
    }

    @Test func aliasesAreNames() {
        let corpus = Corpus(articles: Self.articles)
        let pronouns: Set<String> = ["he", "she", "they", "it", "who", "his", "her"]
        for speaker in corpus.speakers {
            for alias in speaker.aliases {
                let words = alias.lowercased().split(separator: " ").map(String.init)
                #expect(!pronouns.contains(alias.lowercased()), "\(speaker.name): \(alias)")
                #expect(!["that", "the", "this", "a", "councillor"].contains(words.first ?? ""), "\(speaker.name): \(alias)")
                #expect(!alias.hasSuffix("’s") && !alias.hasSuffix("'s"), "\(speaker.name): \(alias)")
            }
        }
        let sorel = corpus.speakers.first { $0.name == "Mina Sorel" }
        #expect(sorel?.aliases.contains("Mina Sorel") == true)
        // No speaker is a place or an opening word.
        #expect(!corpus.speakers.contains { ["Port Calder", "Maybe", "Work"].contains($0.name) })
    }
}

/// `Extractor.nameAlias`: a mention as a speaker's alias.
@Suite struct NameAliasTests {
    @Test(arguments: [
        ("that Achterberg", "Desmond Achterberg", "Achterberg"),
        ("councillor Mina Sorel", "Mina Sorel", "Mina Sorel"),
        ("Republican candidate Mina Sorel", "Mina Sorel", "Mina Sorel"),
        ("Mayor Mina Sorel", "Mina Sorel", "Mayor Mina Sorel"),
        ("Mr. Achterberg", "Desmond Achterberg", "Mr. Achterberg"),
        ("Achterberg’s", "Desmond Achterberg", "Achterberg"),
    ])
    func personAliases(_ mention: String, _ name: String, _ alias: String) {
        #expect(Extractor.nameAlias(mention, of: name, kind: .person) == alias)
    }

    @Test func descriptionsAndPronounsAreNoAliases() {
        #expect(Extractor.nameAlias("the Republican candidate", of: "Mina Sorel", kind: .person) == nil)
        #expect(Extractor.nameAlias("who", of: "Mina Sorel", kind: .person) == nil)
        #expect(Extractor.nameAlias("Which", of: "The harbour board", kind: .organisation) == nil)
        #expect(Extractor.isNoName("Who") && Extractor.isNoName("It") && !Extractor.isNoName("Ada Quint"))
    }
}
