/// How many colours a terminal can show, which decides how theme colours are mapped.
public enum ColorDepth: Hashable, Sendable {
    /// No colours: attributes only (the `mono` look).
    case monochrome
    /// The 8 ANSI colours.
    case basic8
    /// 8 colours and their bright variants.
    case basic16
    /// The xterm 256-colour palette.
    case palette256
    /// 24-bit colour, numbers being 0xRRGGBB.
    case direct

    /// The depth for a terminal reporting `colors` colours (curses' COLORS).
    public init(colors: Int) {
        switch colors {
        case 0x1000000...: self = .direct
        case 256...: self = .palette256
        case 16...: self = .basic16
        case 8...: self = .basic8
        default: self = .monochrome
        }
    }
}
