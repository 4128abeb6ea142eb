/// Something that happened: a command, typed text, a mouse event, or news from the app.
public enum ReaderAction: Hashable, Sendable {
    case command(Command)
    /// A character typed into a prompt or picker.
    case type(Character)
    case deleteBackward
    /// Ctrl-U in a prompt or picker: empty what was typed.
    case clearLine
    case resize(Size)
    case click(x: Int, y: Int)
    case wheel(up: Bool, x: Int, y: Int)
    /// The bookmark store's contents, after loading or a change.
    case bookmarksChanged([BookmarkEntry])
    /// The bookmark store cannot be read, and why: the bookmarks pane says so instead of "no bookmarks".
    case bookmarksUnreadable(String)
    /// A message for the status bar.
    case message(String, isError: Bool)
}

/// Work the reducer asks the app to do; the result comes back as an action.
public enum ReaderEffect: Hashable, Sendable {
    /// Add the quote to the bookmarks, or remove it when it is there.
    case toggleBookmark(article: Int, quote: Int)
    /// Set the note of the quote's bookmark, bookmarking it first when needed.
    case setNote(article: Int, quote: Int, note: String)
    case setTheme(String)
    /// Delete a bookmark from the store, keeping it so that `restoreBookmark` can put it back.
    case deleteBookmark(id: String)
    /// Put back a bookmark deleted in this session.
    case restoreBookmark(id: String)
    /// Set the note of a bookmark (an empty note removes it).
    case setBookmarkNote(id: String, note: String)
    case quit
}

/// The pane that has the keyboard.
public enum Pane: String, Hashable, Sendable, CaseIterable {
    case articles, reader, attribution
}

/// A window over the panes that takes the keys while it is open.
public enum Overlay: Hashable, Sendable {
    /// The keys: the first line shown, what `/` narrows them to, and whether that is being typed.
    case help(scroll: Int, filter: String = "", typing: Bool = false)
    /// The speaker picker: what was typed, and the selected row of the narrowed list.
    case speakerPicker(query: String, selection: Int)
    /// The bookmark list, newest first: the selected row, and the note being edited in place, if any.
    case bookmarks(selection: Int, note: String? = nil)
    /// A one-line prompt in the status bar.
    case prompt(PromptKind, text: String)

    /// True when typed characters go to the overlay rather than to key bindings.
    public var takesText: Bool {
        switch self {
        case .speakerPicker, .prompt: return true
        case .bookmarks(_, let note): return note != nil
        case .help(_, _, let typing): return typing
        }
    }
}

/// What a prompt is for.
public enum PromptKind: Hashable, Sendable {
    case search
    case note(article: Int, quote: Int)
}

/// Text found by `/` in the open article.
public struct SearchState: Hashable, Sendable {
    public var query: String
    public var matches: [Range<Int>]
    public var current: Int

    public init(query: String, matches: [Range<Int>], current: Int = 0) {
        self.query = query
        self.matches = matches
        self.current = current
    }
}

/// A line for the `?` screen.
public struct HelpLine: Hashable, Sendable {
    /// The task the line is listed under (`Moving`, `Quotes`…).
    public var group: String
    public var keys: String
    public var help: String

    public init(group: String = "", keys: String, help: String) {
        self.group = group
        self.keys = keys
        self.help = help
    }
}
