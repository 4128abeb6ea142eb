import CNCursesW
import Foundation
import SaywhoCurses
import SaywhoUI
import Testing

/// ncurses is global state: these run one at a time.
@Suite(.serialized) struct TerminalTests {
    @Test func wideCombiningAndEmojiLandInTheRightColumns() throws {
        let pty = try PseudoTerminal(columns: 40, rows: 6)
        defer { pty.close() }
        #expect(pty.terminal.size == Size(columns: 40, rows: 6))
        #expect(pty.terminal.borderGlyphs == .unicode)
        var buffer = CellBuffer(size: pty.terminal.size)
        buffer.put("漢字 caf\u{E9} 😀 e\u{301}!", x: 0, y: 1)
        pty.terminal.draw(buffer)
        pty.drain()
        let row = pty.cells(row: 1, count: 16)
        #expect(row[0] == "漢")
        #expect(row[1] == "")
        #expect(row[2] == "字")
        #expect(row[4] == " ")
        #expect(Array(row[5...8]) == ["c", "a", "f", "\u{E9}"])
        #expect(row[10] == "😀")
        #expect(row[12] == " ")
        #expect(row[13].unicodeScalars.map(\.value) == [0x65, 0x301])
        #expect(row[14] == "!")
    }

    /// Issue 15, finding 17: TERM=dumb is refused with a message instead of drawing the status line alone.
    @Test func aTerminalThatCannotMoveTheCursorIsRefused() throws {
        #expect(throws: TerminalError.cannotDraw("dumb")) { _ = try PseudoTerminal(columns: 40, rows: 6, terminalType: "dumb") }
        #expect(TerminalError.cannotDraw("dumb").message.hasPrefix("terminal type 'dumb' cannot move the cursor"))
        // The terminal is usable again afterwards.
        let pty = try PseudoTerminal(columns: 40, rows: 6)
        defer { pty.close() }
        #expect(pty.terminal.size == Size(columns: 40, rows: 6))
    }

    @Test func laterFramesWriteOnlyChangesAndKeepTheScreenRight() throws {
        let pty = try PseudoTerminal(columns: 30, rows: 4)
        defer { pty.close() }
        var buffer = CellBuffer(size: pty.terminal.size)
        buffer.put("abc漢字def", x: 0, y: 0)
        pty.terminal.draw(buffer)
        pty.drain()
        buffer.put("xy", x: 2, y: 0)  // overwrites "c" and half of "漢"
        buffer.put("\u{1B}[2J", x: 0, y: 2, style: CellStyle(.error))
        pty.terminal.draw(buffer)
        pty.drain()
        #expect(pty.cells(row: 0, count: 10).joined() == "abxy 字def")
        #expect(pty.cells(row: 2, count: 5).joined() == "^[[2J")
        let theme = try Theme(tomlText: "[roles]\nerror = { bold = true, underline = true }\n", name: "t", file: "t")
        pty.terminal.setTheme(theme)
        pty.terminal.draw(buffer)
        pty.drain()
        #expect(pty.attributes(x: 0, y: 2) & saywho_a_bold() != 0)
        #expect(pty.attributes(x: 0, y: 2) & saywho_a_underline() != 0)
        #expect(pty.attributes(x: 0, y: 0) & saywho_a_bold() == 0)
    }

    @Test func resizeIsReportedAsAKeyWithTheNewSize() throws {
        let pty = try PseudoTerminal(columns: 40, rows: 10)
        defer { pty.close() }
        var size = winsize(ws_row: 12, ws_col: 50, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(pty.slave, UInt(TIOCSWINSZ), &size)
        kill(getpid(), SIGWINCH)
        var key: Key?
        for _ in 0..<20 where key != .resize {
            key = pty.terminal.readKey(timeoutMilliseconds: 50)
        }
        #expect(key == .resize)
        #expect(pty.terminal.size == Size(columns: 50, rows: 12))
        var buffer = CellBuffer(size: pty.terminal.size)
        buffer.put("after resize", x: 38, y: 11)
        pty.terminal.draw(buffer)
        pty.drain()
        #expect(pty.cells(row: 11, count: 50).joined().hasSuffix("after resize"))
    }

    @Test func keysAreReadFromInput() throws {
        let pty = try PseudoTerminal(columns: 40, rows: 10)
        defer { pty.close() }
        for bytes in ["q", "漢", "\u{1B}OA", "\u{1B}[6~", "\u{01}", "\t", "\u{1B}[Z", "\r", "\u{1B}OP"] {
            _ = bytes.utf8CString.withUnsafeBufferPointer { write(pty.master, $0.baseAddress, bytes.utf8.count) }
        }
        var keys: [Key] = []
        while let key = pty.terminal.readKey(timeoutMilliseconds: 200) { keys.append(key) }
        #expect(keys == [.character("q"), .character("漢"), .up, .pageDown, .ctrl("a"), .tab, .backTab, .enter, .function(1)])
        #expect(pty.terminal.readKey(timeoutMilliseconds: 10) == nil)
    }

    @Test func stopRestoresTheTerminal() throws {
        let pty = try PseudoTerminal(columns: 40, rows: 10)
        pty.terminal.stop()
        #expect(!pty.terminal.isActive)
        pty.terminal.stop()
        pty.close()
    }
}
