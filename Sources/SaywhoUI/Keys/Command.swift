/// A named thing the user can ask for; keys map to commands through a `KeyMap`.
///
/// Raw values are the names used in the config file's `[keys]` table.
public enum Command: String, CaseIterable, Hashable, Sendable {
    case moveDown = "down"
    case moveUp = "up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case top
    case bottom
    case open
    case focusNext = "focus-next"
    case focusPrevious = "focus-previous"
    case nextQuote = "next-quote"
    case previousQuote = "previous-quote"
    case nextBySpeaker = "next-same-speaker"
    case previousBySpeaker = "previous-same-speaker"
    case speakerFilter = "speaker-filter"
    case clearFilter = "clear-filter"
    case toggleBookmark = "bookmark"
    case editNote = "note"
    case bookmarks
    case deleteBookmark = "delete-bookmark"
    case undo
    case search
    case searchNext = "search-next"
    case searchPrevious = "search-previous"
    case nextTheme = "next-theme"
    case toggleArticles = "toggle-articles"
    case help
    case back
    case quit

    /// The task a command belongs to, as the help screen and keys.md group them (as tig groups its requests).
    public var group: String {
        switch self {
        case .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .open, .focusNext, .focusPrevious: return "Moving"
        case .nextQuote, .previousQuote, .nextBySpeaker, .previousBySpeaker: return "Quotes"
        case .speakerFilter, .clearFilter: return "Speakers"
        case .toggleBookmark, .editNote, .bookmarks, .deleteBookmark, .undo: return "Bookmarks"
        case .search, .searchNext, .searchPrevious: return "Search"
        case .nextTheme, .toggleArticles, .help: return "View"
        case .back, .quit: return "Leaving"
        }
    }

    /// One line for the help screen.
    public var help: String {
        switch self {
        case .moveDown: return "move down / scroll"
        case .moveUp: return "move up / scroll"
        case .pageDown: return "page down"
        case .pageUp: return "page up"
        case .top: return "go to the top"
        case .bottom: return "go to the bottom"
        case .open: return "open the selected article or bookmark"
        case .focusNext: return "focus the next pane"
        case .focusPrevious: return "focus the previous pane"
        case .nextQuote: return "next quote (on to the next article)"
        case .previousQuote: return "previous quote"
        case .nextBySpeaker: return "next quote by the same speaker, across articles"
        case .previousBySpeaker: return "previous quote by the same speaker"
        case .speakerFilter: return "filter by speaker (type to narrow, Enter to apply)"
        case .clearFilter: return "clear the speaker filter"
        case .toggleBookmark: return "bookmark / un-bookmark the current quote"
        case .editNote: return "add or edit the bookmark's note"
        case .bookmarks: return "list bookmarks"
        case .deleteBookmark: return "in the bookmark list: delete the selected bookmark"
        case .undo: return "in the bookmark list: put back the last one deleted"
        case .search: return "search (titles and text, or this article)"
        case .searchNext: return "next search match"
        case .searchPrevious: return "previous search match"
        case .nextTheme: return "next theme"
        case .toggleArticles: return "show or hide the article list"
        case .help: return "this help"
        case .back: return "close an overlay or go back; at the top, quit"
        case .quit: return "quit"
        }
    }
}
