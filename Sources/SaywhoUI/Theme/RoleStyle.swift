/// How a theme draws one role: colours and attributes.
public struct RoleStyle: Hashable, Sendable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
    public var italic: Bool

    /// Creates a style; colours default to the terminal's own.
    public init(
        foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
        bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false, italic: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
        self.italic = italic
    }

    /// The style with a cell's extra emphasis added.
    public func adding(_ emphasis: Emphasis) -> RoleStyle {
        var style = self
        style.bold = style.bold || emphasis.contains(.bold)
        style.underline = style.underline || emphasis.contains(.underline)
        style.reverse = style.reverse != emphasis.contains(.reverse)
        style.dim = style.dim || emphasis.contains(.dim)
        style.italic = style.italic || emphasis.contains(.italic)
        return style
    }
}
