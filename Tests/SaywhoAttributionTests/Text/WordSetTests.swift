import SaywhoCore
import Testing

@testable import SaywhoAttribution

@Suite struct WordSetTests {
    @Test func holdsExactlyItsWords() {
        let set: WordSet = ["said", "told", "added", "said", "président", "述べた"]
        #expect(set.count == 5)
        for word in ["said", "told", "added", "président", "述べた"] { #expect(set.contains(word), "\(word)") }
        for word in ["", "Said", "sai", "saidx", "president", "tell"] { #expect(!set.contains(word), "\(word)") }
    }

    @Test func agreesWithSetOnTheWholeLexicon() {
        let words = ["he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "who", "whom", "x", "saying", "says"]
        for word in words {
            #expect(Lexicon.pronouns.contains(word) == ["he", "she", "they", "i", "we", "it", "you"].contains(word), "\(word)")
        }
        #expect(Lexicon.cueVerbs.contains("said"))
        #expect(Lexicon.cueVerbs.contains("tweeted"))
        #expect(!Lexicon.cueVerbs.contains("States"))
    }
}
