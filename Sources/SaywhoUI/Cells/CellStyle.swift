/// The semantic style of a cell: a role, an optional speaker colour and extra emphasis.
///
/// Styles carry no colours; the backend resolves them through the current
/// theme, so switching themes is only a redraw.
public struct CellStyle: Hashable, Sendable {
    /// The role whose theme style the cell takes.
    public var role: Role
    /// An index into the theme's speaker palette (`palette[i % count]`), replacing the role's foreground.
    public var speaker: Int?
    /// Emphasis added to the role's own attributes.
    public var emphasis: Emphasis

    /// Creates a style from a role, an optional speaker index and emphasis.
    public init(_ role: Role = .text, speaker: Int? = nil, emphasis: Emphasis = []) {
        self.role = role
        self.speaker = speaker
        self.emphasis = emphasis
    }

    /// Plain body text.
    public static let text = CellStyle(.text)
}
