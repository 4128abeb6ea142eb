/// Why the terminal could not be started, written for the user.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// ncurses does not know the terminal type.
    case unknownTerminal(String)
    /// The terminal type cannot move the cursor (`dumb`): the reader cannot draw on it.
    case cannotDraw(String)
    /// Standard input or output is not a terminal.
    case notATerminal

    /// The message to show.
    public var message: String {
        switch self {
        case .unknownTerminal(let name):
            return "cannot use terminal type '\(name)'; set TERM to one ncurses knows (e.g. xterm-256color)"
        case .cannotDraw(let name):
            return "terminal type '\(name)' cannot move the cursor, so the reader cannot draw on it; "
                + "set TERM to one that can (e.g. xterm-256color), or list with saywho articles or saywho quotes"
        case .notATerminal: return "saywho needs a terminal: standard input and output must not be redirected"
        }
    }

    public var description: String { message }
}
