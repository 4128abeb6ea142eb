import Foundation

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
    public static let unicode = BorderGlyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", titleLeft: "┤", titleRight: "├")
    /// ASCII fallback: -|+.
    public static let ascii = BorderGlyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", titleLeft: "|", titleRight: "|")

    /// Marks the title of the pane that has the keyboard: a triangle, or `>` in ASCII.
    public var focusMark: String { self == .ascii ? ">" : "▶" }

    /// The glyphs for the character set the C library reports for the locale
    /// (`nl_langinfo(CODESET)` once `setlocale` has run): line drawing for UTF-8 only.
    ///
    /// Asking the C library rather than reading LANG and LC_* ourselves gets the
    /// locale ncurses draws with, fallbacks and aliases resolved.
    public static func forCodeset(_ codeset: String) -> BorderGlyphs {
        codeset.uppercased().replacingOccurrences(of: "-", with: "") == "UTF8" ? .unicode : .ascii
    }
}
