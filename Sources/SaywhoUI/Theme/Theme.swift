/// A colour theme: a style for every semantic role and a palette of speaker colours.
public struct Theme: Hashable, Sendable {
    /// The theme's name (its file name without `.toml`).
    public var name: String
    /// A one-line description for theme lists.
    public var summary: String
    /// The style of each role; a role the file leaves out takes `text`'s style.
    public var roles: [Role: RoleStyle]
    /// Speaker colours; speaker `i` is drawn in `palette[i % palette.count]`.
    public var palette: [ThemeColor]

    /// Creates a theme.
    public init(name: String, summary: String = "", roles: [Role: RoleStyle], palette: [ThemeColor]) {
        self.name = name
        self.summary = summary
        self.roles = roles
        self.palette = palette
    }

    /// The style a role is drawn in; a theme without `focus` draws the focused border like titles.
    public func style(for role: Role) -> RoleStyle {
        roles[role] ?? (role == .focus ? roles[.title] : nil) ?? roles[.text] ?? RoleStyle()
    }

    /// The colour of speaker `index` (wrapping around the palette), or nil with an empty palette.
    public func speakerColor(_ index: Int) -> ThemeColor? {
        guard !palette.isEmpty else { return nil }
        let count = palette.count
        return palette[((index % count) + count) % count]
    }

    /// The colours and attributes a cell style is drawn with.
    public func resolve(_ cellStyle: CellStyle) -> RoleStyle {
        var style = style(for: cellStyle.role).adding(cellStyle.emphasis)
        if let speaker = cellStyle.speaker, let color = speakerColor(speaker) {
            style.foreground = color
        }
        return style
    }

    /// The compiled-in default theme (the text of `Themes/default.toml`).
    public static var builtinDefault: Theme {
        // The compiled-in text is tested to parse, so this cannot fail.
        (try? Theme(tomlText: BuiltinThemes.text(named: "default") ?? "", name: "default", file: "<built-in default>"))
            ?? Theme(name: "default", roles: [:], palette: [])
    }
}
