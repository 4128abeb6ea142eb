import Testing

@testable import SaywhoUI

@Suite struct KeyMapTests {
    private let map = KeyMap.defaults

    @Test func defaultsAreExactlyTheDocumentedTable() {
        let expected: [Command: [String]] = [
            .moveDown: ["j", "Down"], .moveUp: ["k", "Up"], .pageDown: ["PgDn", "Ctrl-F", "Space"],
            .pageUp: ["PgUp", "Ctrl-B"], .top: ["g", "Home"], .bottom: ["G", "End"], .open: ["Enter"],
            .focusNext: ["Tab"], .focusPrevious: ["Shift-Tab"], .nextQuote: ["n"], .previousQuote: ["N"],
            .nextBySpeaker: ["]"], .previousBySpeaker: ["["], .speakerFilter: ["s"], .clearFilter: ["S"],
            .toggleBookmark: ["b"], .editNote: ["a"], .bookmarks: ["B"], .deleteBookmark: ["d"], .undo: ["u"],
            .search: ["/"], .searchNext: ["Ctrl-N"],
            .searchPrevious: ["Ctrl-P"], .nextTheme: ["t"], .toggleArticles: ["A"], .help: ["?", "F1"],
            .back: ["q", "Esc"], .quit: ["Q"],
        ]
        #expect(Set(expected.keys) == Set(Command.allCases), "every command has default keys")
        for command in Command.allCases {
            #expect(map.keys(for: command).map(KeyMap.describe) == expected[command], "\(command)")
            for key in map.keys(for: command) { #expect(map.command(for: key) == command) }
        }
    }

    @Test func lookupsAndUnboundKeys() {
        #expect(map.command(for: .character("j")) == .moveDown)
        #expect(map.command(for: .ctrl("n")) == .searchNext)
        #expect(map.command(for: .character("n")) == .nextQuote)
        #expect(map.command(for: .character("N")) == .previousQuote)
        #expect(map.command(for: .character("x")) == nil)
        #expect(map.command(for: .resize) == nil)
    }

    @Test func bindingReplacesTheCommandsKeysAndStealsTheKey() {
        var custom = map
        custom.bind([.character("x"), .character("n")], to: .searchNext)
        #expect(custom.keys(for: .searchNext) == [.character("x"), .character("n")])
        #expect(custom.command(for: .ctrl("n")) == nil, "the old key is freed")
        #expect(custom.keys(for: .nextQuote).isEmpty, "n moved to search-next")
        #expect(custom.command(for: .character("n")) == .searchNext)
        custom.bind([.character("n")], to: .nextQuote)
        #expect(custom.command(for: .character("n")) == .nextQuote, "the latest binding wins")
        #expect(custom.keys(for: .searchNext) == [.character("x")])
        custom.bind([], to: .quit)
        #expect(custom.command(for: .character("Q")) == nil)
    }

    @Test func helpLinesFollowCommandOrder() {
        let lines = map.helpLines()
        #expect(lines.count == Command.allCases.count)
        #expect(lines[0].keys == "j, Down")
        #expect(lines[0].help == Command.moveDown.help)
        #expect(lines.first { $0.help == Command.pageDown.help }?.keys == "PgDn, Ctrl-F, Space")
        var custom = map
        custom.bind([], to: .moveDown)
        #expect(custom.helpLines()[0].keys == "(unbound)")
    }
}
