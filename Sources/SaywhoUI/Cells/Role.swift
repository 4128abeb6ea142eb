/// A semantic role a cell is drawn in; the theme gives each role its colours.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case text
    case dim
    case border
    /// The border of the pane that has the keyboard.
    case focus
    case title
    case selection
    case quote
    case currentQuote = "current_quote"
    case speaker
    case channel
    case cue
    case bookmark
    case searchMatch = "search_match"
    case statusBar = "status_bar"
    case error
}
