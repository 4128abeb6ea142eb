/// Which key asks for which command: the defaults, with the user's `[keys]` bindings laid over them.
///
/// A command may have several keys; a key means at most one command. Binding keys to a command
/// replaces that command's keys, and takes each key away from the command that had it before.
public struct KeyMap: Hashable, Sendable {
    /// Keys of each command, in the order they are shown.
    private var keysByCommand: [Command: [Key]] = [:]
    private var commandByKey: [Key: Command] = [:]

    /// An empty map: no key does anything.
    public init() {}

    /// A map with these bindings, applied in order (a later key binding wins).
    public init(_ bindings: KeyValuePairs<Command, [Key]>) {
        for (command, keys) in bindings { bind(keys, to: command) }
    }

    /// The bindings saywho ships with.
    public static let defaults = KeyMap([
        .moveDown: [.character("j"), .down],
        .moveUp: [.character("k"), .up],
        .pageDown: [.pageDown, .ctrl("f"), .character(" ")],
        .pageUp: [.pageUp, .ctrl("b")],
        .top: [.character("g"), .home],
        .bottom: [.character("G"), .end],
        .open: [.enter],
        .focusNext: [.tab],
        .focusPrevious: [.backTab],
        .nextQuote: [.character("n")],
        .previousQuote: [.character("N")],
        .nextBySpeaker: [.character("]")],
        .previousBySpeaker: [.character("[")],
        .speakerFilter: [.character("s")],
        .clearFilter: [.character("S")],
        .toggleBookmark: [.character("b")],
        .editNote: [.character("a")],
        .bookmarks: [.character("B")],
        .deleteBookmark: [.character("d")],
        .undo: [.character("u")],
        .search: [.character("/")],
        // n and N move between quotes, so search matches go on Ctrl-N and Ctrl-P.
        .searchNext: [.ctrl("n")],
        .searchPrevious: [.ctrl("p")],
        .nextTheme: [.character("t")],
        .toggleArticles: [.character("A")],
        .help: [.character("?"), .function(1)],
        .back: [.character("q"), .escape],
        .quit: [.character("Q")],
    ])

    /// The command `key` asks for, if any.
    public func command(for key: Key) -> Command? { commandByKey[key] }

    /// The keys bound to `command`, in the order they were given.
    public func keys(for command: Command) -> [Key] { keysByCommand[command] ?? [] }

    /// Binds exactly `keys` to `command` (none unbinds it), taking each key from any other command.
    public mutating func bind(_ keys: [Key], to command: Command) {
        var unique: [Key] = []
        for key in keys where !unique.contains(key) { unique.append(key) }
        for old in keysByCommand[command] ?? [] where commandByKey[old] == command { commandByKey[old] = nil }
        for key in unique {
            if let other = commandByKey[key], other != command { keysByCommand[other]?.removeAll { $0 == key } }
            commandByKey[key] = command
        }
        keysByCommand[command] = unique
    }

    /// How a key is written on the help screen and in the config: "Ctrl-F", "PgDn", "Shift-Tab", "Enter", "j".
    public static func describe(_ key: Key) -> String { key.spec }

    /// One line a command for the `?` screen, in `Command.allCases` order (which keeps each task's
    /// commands together): its task, its keys ("j, Down") and what it does.
    public func helpLines() -> [(group: String, keys: String, help: String)] {
        Command.allCases.map { command in
            let keys = keys(for: command).map(Self.describe).joined(separator: ", ")
            return (group: command.group, keys: keys.isEmpty ? "(unbound)" : keys, help: command.help)
        }
    }
}
