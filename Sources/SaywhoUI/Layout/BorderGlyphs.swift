/// The characters boxes are drawn with: line drawing in UTF-8 locales, ASCII elsewhere.
public struct BorderGlyphs: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// Opens a title in the top border.
    public var titleLeft: Character
    /// Closes a title in the top border.
    public var titleRight: Character

    /// Box-drawing characters: ─│┌┐└┘├┤.
    public static let unicode = BorderGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                             bottomLeft: "└", bottomRight: "┘", titleLeft: "┤", titleRight: "├")
    /// ASCII fallback: -|+.
    public static let ascii = BorderGlyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                           bottomLeft: "+", bottomRight: "+", titleLeft: "|", titleRight: "|")

    /// The glyphs for a locale environment: line drawing when LC_ALL, LC_CTYPE or LANG (the first set) names UTF-8.
    public static func forLocale(environment: [String: String]) -> BorderGlyphs {
        isUTF8Locale(environment: environment) ? .unicode : .ascii
    }

    /// Whether the locale the environment selects uses UTF-8.
    public static func isUTF8Locale(environment: [String: String]) -> Bool {
        let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lowered = name.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }
}
