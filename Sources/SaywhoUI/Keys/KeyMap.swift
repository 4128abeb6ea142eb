/// Keys to commands (placeholder until the configurable key map lands).
public struct KeyMap: Sendable {
    public var bindings: [Key: Command]

    public static let defaults = KeyMap(bindings: [
        .character("j"): .moveDown, .down: .moveDown, .character("k"): .moveUp, .up: .moveUp,
        .pageDown: .pageDown, .ctrl("f"): .pageDown, .character(" "): .pageDown, .pageUp: .pageUp, .ctrl("b"): .pageUp,
        .character("g"): .top, .home: .top, .character("G"): .bottom, .end: .bottom, .enter: .open,
        .tab: .focusNext, .backTab: .focusPrevious, .character("n"): .nextQuote, .character("N"): .previousQuote,
        .character("]"): .nextBySpeaker, .character("["): .previousBySpeaker, .character("s"): .speakerFilter,
        .character("S"): .clearFilter, .character("b"): .toggleBookmark, .character("a"): .editNote,
        .character("B"): .bookmarks, .character("/"): .search, .ctrl("n"): .searchNext, .ctrl("p"): .searchPrevious,
        .character("t"): .nextTheme, .character("A"): .toggleArticles, .character("?"): .help, .function(1): .help,
        .character("q"): .back, .escape: .back, .character("Q"): .quit,
    ])

    public func command(for key: Key) -> Command? { bindings[key] }

    public func helpLines() -> [(keys: String, help: String)] {
        Command.allCases.map { command in
            (bindings.filter { $0.value == command }.map { "\($0.key)" }.sorted().joined(separator: " "), command.help)
        }
    }
}
