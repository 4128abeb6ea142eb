import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// The word lists in `Resources/lexicon/`: each one sorted, unique, lower case and free of
/// possessives, so that a list reads as data and a duplicate or a fitted form shows in review.
@Suite struct LexiconTests {
    static let folder = TestPaths.packageRoot.appendingPathComponent("Sources/SaywhoAttribution/Resources/lexicon")

    /// Every list file, as (name, entries without comments and blank lines).
    static let lists: [(name: String, entries: [String])] = {
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" } ?? []
        return files.map { url in
            let bytes = [UInt8]((try? Data(contentsOf: url)) ?? Data())
            return (url.lastPathComponent, LexiconFile.words(bytes))
        }.sorted { $0.name < $1.name }
    }()

    /// Contractions of a pronoun or an adverb ("there's"), which look like possessives but are not.
    static let contractions: Set<String> = ["there's", "that's", "here's", "what's", "it's", "he's", "she's", "let's", "who's"]

    @Test func everyLanguageHasItsFolderAndEveryFileItsLanguage() {
        #expect(Self.lists.count >= 60)
        for list in Self.lists {
            let parts = list.name.split(separator: ".")
            #expect(parts.count == 3 && parts[2] == "txt", "\(list.name): name.LANG.txt")
            #expect(!list.entries.isEmpty, "\(list.name) is empty")
        }
    }

    @Test func listsAreSortedUniqueAndLowerCase() {
        for list in Self.lists {
            let keys = list.entries.map { $0.split(separator: "=").first.map { String($0).trimmingSpaces() } ?? $0 }
            #expect(keys == keys.sorted(), "\(list.name) is not sorted")
            #expect(
                Set(keys).count == keys.count,
                "\(list.name) has duplicates: \(Dictionary(grouping: keys) { $0 }.filter { $1.count > 1 }.keys.sorted())")
            #expect(keys.allSatisfy { $0 == $0.lowercased() }, "\(list.name) has upper case")
            #expect(keys.allSatisfy { !$0.contains("’") }, "\(list.name): write ' for ’, as the tokenizer folds it")
        }
    }

    @Test func listsHoldNoPossessives() {
        for list in Self.lists {
            let possessives = list.entries.filter { entry in
                !Self.contractions.contains(entry) && (entry.hasSuffix("'s") || entry.hasSuffix("s'"))
            }
            #expect(possessives.isEmpty, "\(list.name) has possessives: \(possessives)")
        }
    }

    @Test func tablesHaveAValueOnEveryLine() {
        let platforms = Self.lists.first { $0.name == "platforms.en.txt" }
        #expect(platforms != nil)
        for entry in platforms?.entries ?? [] {
            let parts = entry.split(separator: "=")
            #expect(parts.count == 2 && !parts[1].trimmingSpaces().isEmpty, "\(entry)")
        }
        #expect(Lexicon.platforms["tweeted"] == "Twitter")
        #expect(Lexicon.platforms["release"] == "a press release")
    }

    @Test func genderListsNeverDisagree() {
        let named = Dictionary(uniqueKeysWithValues: Self.lists.map { ($0.name, Set($0.entries)) })
        #expect(named["male-first-names.en.txt", default: []].isDisjoint(with: named["female-first-names.en.txt", default: []]))
        #expect(named["male-titles.en.txt", default: []].isDisjoint(with: named["female-titles.en.txt", default: []]))
    }

    @Test(arguments: [
        ("said", true), ("tweeted", true), ("Said", false), ("sagte", false),
    ])
    func theEmbeddedListsAreTheFiles(word: String, isCue: Bool) {
        #expect(Lexicon.cueVerbs.contains(word) == isCue)
        let file = Self.lists.first { $0.name == "cue-verbs.en.txt" }?.entries ?? []
        #expect(file.count == Lexicon.cueVerbs.count)
    }

    @Test func commentsAndBlankLinesAreSkipped() {
        let bytes = Array("# a comment\n\nword\n  phrase with spaces  \n#another\nx = y\n".utf8)
        #expect(LexiconFile.words(bytes) == ["word", "phrase with spaces", "x = y"])
        #expect(LexiconFile.table(bytes) == ["x": "y"])
    }
}
