import SaywhoCore
import Testing

@testable import SaywhoAttribution

/// The frame answers questions about words from their hashes and scalars; every answer
/// must be the one the lower-cased String would give.
@Suite struct FrameWordTests {
    let text = """
        Sen. O’Brien’s aide SAID the Governors' plan was “fine,” Kelvin \u{212A}ing told U.S. reporters.
        Café owners and İstanbul’s mayor e-mailed; the AT&T statement, 3pm, cited Jones’ and James's letters.
        A family\u{200D}run firm’s CEO, Ms. Okafor, and Mr. Ruiz were thanked in the press release.
        """

    func frame() -> Frame {
        let scalars = Array(text.unicodeScalars)
        return Frame(scalars: scalars, paragraphs: Article.paragraphRanges(of: scalars), candidates: [])
    }

    @Test func hashedAnswersAgreeWithTheLowerCasedString() {
        let frame = frame()
        let sets: [WordSet] = [
            Lexicon.titles, Lexicon.cueVerbs, Lexicon.organisationWords, Lexicon.abbreviations,
            ["king", "o'brien's", "café", "e-mailed", "at&t", "istanbul's", "governors'", "said", "u.s."],
        ]
        let literals: [StaticString] = ["said", "king", "sen.", "the", "o'brien's", "u.s.", "e-mailed"]
        let suffixes: [StaticString] = ["s", "'s", "ed", "ly", "ing"]
        var words = 0
        for p in frame.tokens.indices {
            for t in frame.tokens[p].indices {
                let lower = frame.lower(p, t)
                let token = frame.tokens[p][t]
                for set in sets { #expect(frame.word(p, t, in: set) == set.contains(lower), "\(lower)") }
                for literal in literals {
                    #expect(frame.wordIs(p, t, literal) == (frame.isWord(p, t) && lower == literal.description), "\(lower)")
                }
                for set in sets {
                    #expect(frame.wordIs(p, t, in: set) == (frame.isWord(p, t) && set.contains(lower)), "\(lower)")
                }
                guard frame.isWord(p, t) else { continue }
                words += 1
                #expect(token.key == WordSet.hash(lower), "\(lower)")
                #expect(frame.isCapitalized(p, t) == Scalars.isUpper(frame.scalars[token.start]), "\(lower)")
                for suffix in suffixes {
                    #expect(frame.word(p, t, endsWith: suffix) == lower.hasSuffix(suffix.description), "\(lower)")
                }
                #expect(frame.word(p, t, contains: "-") == lower.contains("-"), "\(lower)")
                #expect(frame.endsPossessive(p, t) == (lower.hasSuffix("'s") || lower.hasSuffix("s'")), "\(lower)")
                #expect(frame.lowerStrippingPossessive(p, t) == SpeakerResolver.strippingPossessive(lower), "\(lower)")
                #expect(frame.word(p, t, is: lower, key: Frame.key(lower)))
                #expect(Gender(titleAt: p, t, in: frame) == Gender(title: lower), "\(lower)")
                #expect(Gender(firstNameAt: p, t, in: frame) == Gender(firstName: lower), "\(lower)")
            }
        }
        #expect(words > 40)
    }

    @Test func splitBySpaceIsSplitOnASpace() {
        for text in [
            "Jane Roe", "  Jane   Roe  ", "", " ", "Roe", "José María Pérez", "a \u{301}b c", "tab\there x", "Ann\r\nLee",
        ] {
            #expect(text.splitBySpace() == text.split(separator: " "), "\(text)")
        }
    }
}
