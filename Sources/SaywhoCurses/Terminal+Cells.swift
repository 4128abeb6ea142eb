import CNCursesW
import SaywhoUI

extension Terminal {
    /// Writes one leading cell with the wide-character API.
    func write(_ cell: Cell, x: Int, y: Int, palette: inout StylePalette, window: UnsafeMutablePointer<WINDOW>) {
        let (attributes, pair) = palette.resolve(cell.style)
        let scalars = Array(cell.grapheme.unicodeScalars)
        if cell.width == 2 && scalars.count == 2 && scalars.allSatisfy(DisplayWidth.isRegionalIndicator) {
            // A flag: ncursesw counts each regional indicator as one column, so
            // writing them as two cells keeps its idea of the row and the terminal's in step.
            put([scalars[0]], x: x, y: y, attributes: attributes, pair: pair, window: window)
            put([scalars[1]], x: x + 1, y: y, attributes: attributes, pair: pair, window: window)
            return
        }
        put(Self.cursesScalars(scalars), x: x, y: y, attributes: attributes, pair: pair, window: window)
        if cell.width == 2 && saywho_wcwidth(scalars[0].value) == 1 {
            // A sequence ncursesw thinks narrow: fill the second column ourselves.
            put([" "], x: x + 1, y: y, attributes: attributes, pair: pair, window: window)
        }
    }

    /// The scalars of a grapheme that fit one cchar_t: emoji joined with ZWJ keep their first emoji.
    ///
    /// Terminals disagree on ZWJ sequences (tmux draws the joiner in a later cell),
    /// so the first emoji stands for the whole sequence: it has the same width everywhere.
    static func cursesScalars(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let limit = Int(saywho_ccharw_max())
        let base = scalars.prefix { $0.value != 0x200D }
        return Array(base.prefix(limit))
    }

    private func put(
        _ scalars: [Unicode.Scalar], x: Int, y: Int, attributes: attr_t, pair: Int32, window: UnsafeMutablePointer<WINDOW>
    ) {
        var wide = scalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        var cell = cchar_t()
        guard saywho_setcchar_pair(&cell, wide, attributes, pair) != saywho_err() else { return }
        // The bottom-right cell reports ERR (the cursor cannot advance) but is drawn.
        _ = mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }
}
