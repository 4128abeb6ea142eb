/// Why the terminal could not be started, written for the user.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// ncurses does not know the terminal type.
    case unknownTerminal(String)
    /// Standard input or output is not a terminal.
    case notATerminal

    /// The message to show.
    public var message: String {
        switch self {
        case .unknownTerminal(let name):
            return "cannot use terminal type '\(name)'; set TERM to one ncurses knows (e.g. xterm-256color)"
        case .notATerminal: return "saywho needs a terminal: standard input and output must not be redirected"
        }
    }

    public var description: String { message }
}
