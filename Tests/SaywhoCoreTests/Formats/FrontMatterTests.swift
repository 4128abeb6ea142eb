import Foundation
import Testing

@testable import SaywhoCore

/// Hostile and odd front matter: refused with a message naming the file, never a crash or a hang.
@Suite struct FrontMatterTests {
    func article(_ frontMatter: String) throws(InputError) -> Article {
        try MarkdownFormat.parse("---\n" + frontMatter + "\n---\nThe harbour reopened on Monday.\n", path: "news/a.md")
    }

    @Test(arguments: ["[a]: b", "{a: 1}: x", "? [complex, key]\n: value", "title: Harbour\n[list, key]: x"])
    func aKeyThatIsAListOrMappingIsRefused(frontMatter: String) {
        #expect {
            _ = try article(frontMatter)
        } throws: { error in
            guard case .malformed(let path, _, let reason) = error as? InputError else { return false }
            return path == "news/a.md" && reason.contains("key that is a list or a mapping")
        }
    }

    /// 383 bytes that expand to a billion "lol"s when every alias is followed.
    static let laughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """

    @Test func nestedAliasesUnderAKeySaywhoDoesNotReadCostNothing() throws {
        let read = try article(Self.laughs + "\ntitle: Harbour reopens")
        #expect(read.title == "Harbour reopens")
    }

    @Test func nestedAliasesUnderAFieldSaywhoReadsAreRefused() {
        #expect(throws: InputError.self) { try article(Self.laughs + "\ntitle: *i") }
    }

    @Test func anAliasToTextIsFollowed() throws {
        let read = try article("name: &n Ada Brook\nauthor: *n")
        #expect(read.author == "Ada Brook")
    }

    @Test func aDateKeepsTheDayTheArticleGives() throws {
        #expect(try article("date: 2024-12-31T23:30:00-05:00").date == "2024-12-31")
        #expect(try article("date: 2024-03-14").date == "2024-03-14")
    }

    @Test func nullAndEmptyValuesAreAbsent() throws {
        let read = try article("title: Harbour\noutlet: ~\nauthor:\nurl: null")
        #expect(read.outlet == nil && read.author == nil && read.url == nil)
        #expect(try article("outlet: \"~\"").outlet == "~", "a quoted ~ is text")
    }

    @Test func aMappingValueOfAFieldSaywhoReadsIsRefusedNamingIt() {
        #expect {
            _ = try article("title: Harbour\nauthor: {name: Ada}")
        } throws: { error in
            guard case .malformed(_, let line, let reason) = error as? InputError else { return false }
            return reason.contains("\"author\"") && line == 3
        }
    }

    @Test func listsOfTextAreJoined() throws {
        #expect(try article("author: [Ada Brook, Tom Hale]").author == "Ada Brook, Tom Hale")
    }
}
