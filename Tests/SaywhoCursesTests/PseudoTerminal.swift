import CNCursesW
import Foundation
import SaywhoCurses
import SaywhoUI

/// A pseudo terminal pair with a `Terminal` drawing on its slave side.
final class PseudoTerminal {
    let master: Int32
    let slave: Int32
    let terminal: Terminal
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>

    init(columns: UInt16, rows: UInt16, terminalType: String = "xterm-256color") throws {
        setenv("LC_ALL", "C.UTF-8", 1)
        setlocale(LC_ALL, "C.UTF-8")
        var master: Int32 = 0
        var slave: Int32 = 0
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.ENODEV) }
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        self.master = master
        self.slave = slave
        output = fdopen(dup(slave), "w")
        input = fdopen(dup(slave), "r")
        terminal = Terminal(
            options: Terminal.Options(
                terminalType: terminalType, output: output, input: input, mouse: false,
                restoresOnSignals: false, environment: ["LC_ALL": "C.UTF-8", "TERM": terminalType]))
        try terminal.start()
    }

    /// Reads and discards what the terminal wrote, so the pty never fills up.
    func drain() {
        var bytes = [UInt8](repeating: 0, count: 4096)
        while read(master, &bytes, bytes.count) > 0 {}
    }

    /// The text ncurses holds for row `y`, one string per column ("" for the right half of a wide character).
    ///
    /// `mvwin_wchnstr` returns the row's characters without the halves wide
    /// ones leave, so columns are counted back from each character's width.
    func cells(row y: Int, count: Int) -> [String] {
        var cells = [cchar_t](repeating: cchar_t(), count: count + 1)
        let read = mvwin_wchnstr(saywho_stdscr(), Int32(y), 0, &cells, Int32(count))
        guard read != saywho_err() else { return [] }
        var columns: [String] = []
        for cell in cells.prefix(count) where columns.count < count {
            var cell = cell
            var text = [wchar_t](repeating: 0, count: 8)
            let n = saywho_getcchar_text(&cell, &text, 8)
            var result = ""
            for value in text.prefix(max(0, Int(n))) {
                if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { result.unicodeScalars.append(scalar) }
            }
            columns.append(result)
            if let first = text.first, saywho_wcwidth(UInt32(bitPattern: first)) == 2 { columns.append("") }
        }
        return Array(columns.prefix(count))
    }

    /// The attributes ncurses holds for the cell at (x, y).
    func attributes(x: Int, y: Int) -> attr_t {
        var cell = cchar_t()
        _ = mvwin_wch(saywho_stdscr(), Int32(y), Int32(x), &cell)
        var text = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        _ = getcchar(&cell, &text, &attributes, &pair, nil)
        return attributes
    }

    func close() {
        terminal.stop()
        fclose(output)
        fclose(input)
        Glibc.close(slave)
        Glibc.close(master)
    }
}
