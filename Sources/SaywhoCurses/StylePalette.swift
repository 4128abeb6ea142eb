import CNCursesW
import SaywhoUI

/// Resolves semantic cell styles through the theme into curses attributes and colour pairs.
///
/// Pairs are allocated on first use from the theme's resolved colours and
/// cached; a new theme or colour depth starts afresh.
struct StylePalette {
    private(set) var theme: Theme
    let depth: ColorDepth
    private var pairs: [PairKey: Int32] = [:]
    private var styles: [CellStyle: (attr_t, Int32)] = [:]
    private var nextPair: Int32 = 1
    private let maxPairs: Int32

    private struct PairKey: Hashable {
        var foreground: Int
        var background: Int
    }

    init(theme: Theme, depth: ColorDepth, maxPairs: Int32) {
        self.theme = theme
        self.depth = depth
        self.maxPairs = maxPairs
    }

    /// The attributes and pair number for a cell style.
    mutating func resolve(_ style: CellStyle) -> (attr_t, Int32) {
        if let known = styles[style] { return known }
        let resolved = theme.resolve(style)
        var attributes = saywho_a_normal()
        if resolved.bold { attributes |= saywho_a_bold() }
        if resolved.underline { attributes |= saywho_a_underline() }
        if resolved.reverse { attributes |= saywho_a_reverse() }
        if resolved.dim { attributes |= saywho_a_dim() }
        if resolved.italic { attributes |= saywho_a_italic() }
        let result = (attributes, pair(for: resolved))
        styles[style] = result
        return result
    }

    private mutating func pair(for style: RoleStyle) -> Int32 {
        guard depth != .monochrome else { return 0 }
        let key = PairKey(foreground: style.foreground.number(for: depth), background: style.background.number(for: depth))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        guard nextPair < maxPairs else { return 0 }
        let pair = nextPair
        guard init_extended_pair(pair, Int32(key.foreground), Int32(key.background)) != saywho_err() else { return 0 }
        nextPair += 1
        pairs[key] = pair
        return pair
    }
}
