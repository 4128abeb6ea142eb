import CNCursesW
import Foundation
import SaywhoUI

/// The screen: draws cell buffers with ncursesw, flushing only what changed, and reads keys.
///
/// Typical use:
/// ```swift
/// let terminal = Terminal()
/// try terminal.start()
/// defer { terminal.stop() }
/// terminal.setTheme(theme)
/// while true {
///     terminal.draw(frame(for: terminal.size))
///     guard let key = terminal.readKey(timeoutMilliseconds: 100) else { continue }
///     ...
/// }
/// ```
/// The terminal is restored on `stop()`, on exit, on SIGINT, SIGTERM and
/// SIGHUP; ncurses' own SIGTSTP handler suspends (Ctrl-Z) and repaints on resume.
/// Not thread-safe: use it from one thread.
public final class Terminal {
    /// How to open the terminal; the defaults suit the app.
    public struct Options {
        /// The terminal type; nil uses `$TERM`, or xterm-256color when TERM is unset.
        public var terminalType: String?
        /// Where output goes; nil is standard output.
        public var output: UnsafeMutablePointer<FILE>?
        /// Where input comes from; nil is standard input.
        public var input: UnsafeMutablePointer<FILE>?
        /// Whether to report mouse wheel and clicks as keys.
        public var mouse: Bool
        /// Whether to install the SIGINT/SIGTERM/SIGHUP handlers and the exit hook that restore the terminal.
        public var restoresOnSignals: Bool
        /// The environment read for ESCDELAY, NO_COLOR and the locale.
        public var environment: [String: String]

        /// Creates options; the defaults open the controlling terminal with mouse support.
        public init(
            terminalType: String? = nil, output: UnsafeMutablePointer<FILE>? = nil,
            input: UnsafeMutablePointer<FILE>? = nil, mouse: Bool = true, restoresOnSignals: Bool = true,
            environment: [String: String] = ProcessInfo.processInfo.environment
        ) {
            self.terminalType = terminalType
            self.output = output
            self.input = input
            self.mouse = mouse
            self.restoresOnSignals = restoresOnSignals
            self.environment = environment
        }
    }

    private let options: Options
    private var screen: OpaquePointer?
    private var window: UnsafeMutablePointer<WINDOW>?
    private var lastFrame: CellBuffer?
    private var palette: StylePalette?
    private var pendingTheme: Theme = .builtinDefault

    /// The terminal size, updated when a `.resize` key is read.
    public private(set) var size = Size(columns: 0, rows: 0)
    /// The colours the terminal shows (monochrome when it has none or NO_COLOR is set).
    public private(set) var colorDepth: ColorDepth = .monochrome
    /// Whether the terminal can show colours at all (NO_COLOR aside).
    public private(set) var hasColors = false
    /// Box glyphs for the locale: line drawing under UTF-8, ASCII otherwise.
    public private(set) var borderGlyphs: BorderGlyphs = .ascii
    /// Whether `start()` has run and `stop()` has not.
    public var isActive: Bool { screen != nil }

    /// Creates a terminal; nothing happens to the screen until `start()`.
    public init(options: Options = Options()) {
        self.options = options
    }

    deinit {
        stop()
    }

    /// Takes over the screen: locale, curses modes, colours, hidden cursor.
    public func start() throws(TerminalError) {
        guard screen == nil else { return }
        setlocale(LC_ALL, "")
        borderGlyphs = BorderGlyphs.forCodeset(String(cString: nl_langinfo(nl_item(CODESET))))
        if options.output == nil && isatty(STDOUT_FILENO) == 0 { throw .notATerminal }
        if options.restoresOnSignals {
            // Before newterm, so ncurses leaves these signals to us.
            saywho_install_cleanup_signals()
            _ = Self.registerExitHook
        }
        let type = options.terminalType ?? options.environment["TERM"].flatMap { $0.isEmpty ? nil : $0 } ?? "xterm-256color"
        guard let screen = newterm(type, options.output ?? saywho_stdout(), options.input ?? saywho_stdin()) else {
            if options.restoresOnSignals { saywho_reset_cleanup_signals() }
            throw .unknownTerminal(type)
        }
        // A terminal that cannot move its cursor (TERM=dumb) would show only the last line drawn.
        guard let cup = tigetstr("cup"), Int(bitPattern: cup) != -1 else {
            endwin()
            delscreen(screen)
            if options.restoresOnSignals { saywho_reset_cleanup_signals() }
            throw .cannotDraw(type)
        }
        self.screen = screen
        set_term(screen)
        window = saywho_stdscr()
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        intrflush(window, false)
        if options.environment["ESCDELAY"] == nil { _ = saywho_escdelay_set(25) }
        curs_set(0)
        hasColors = has_colors()
        if hasColors {
            start_color()
            use_default_colors()
        }
        let noColor = !(options.environment["NO_COLOR"] ?? "").isEmpty
        colorDepth = hasColors && !noColor ? ColorDepth(colors: Int(saywho_colors())) : .monochrome
        if options.mouse {
            mousemask(saywho_all_mouse_events(), nil)
            mouseinterval(0)
        }
        updateSize()
        setTheme(pendingTheme)
    }

    private static let registerExitHook: Void = {
        _ = saywho_register_endwin_at_exit()
    }()

    /// Gives the screen back: the terminal is as it was before `start()`.
    public func stop() {
        guard let screen else { return }
        set_term(screen)
        endwin()
        delscreen(screen)
        self.screen = nil
        window = nil
        lastFrame = nil
        if options.restoresOnSignals { saywho_reset_cleanup_signals() }
    }

    /// Restores the terminal, prints `message` to standard error and exits with `code`.
    public func fail(_ message: String, exitCode code: Int32 = 1) -> Never {
        stop()
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
        exit(code)
    }

    /// Uses `theme` from the next frame on; the next `draw` repaints every cell.
    ///
    /// With no colours (or NO_COLOR) only the theme's attributes show; pick
    /// `mono` with ``ThemeCatalog/preferredThemeName(requested:environment:terminalHasColors:)``.
    public func setTheme(_ theme: Theme) {
        pendingTheme = theme
        guard screen != nil else { return }
        palette = StylePalette(theme: theme, depth: colorDepth, maxPairs: saywho_color_pairs())
        lastFrame = nil
    }

    /// Makes the next `draw` write every cell; with `clearScreen`, the terminal is repainted from scratch too.
    public func forceRedraw(clearScreen: Bool = false) {
        lastFrame = nil
        if clearScreen, screen != nil { clearok(saywho_curscr(), true) }
    }

    /// Shows `buffer`, writing only the cells that differ from the last frame drawn.
    public func draw(_ buffer: CellBuffer) {
        guard let window, var palette else { return }
        for (x, y) in buffer.changes(since: lastFrame) where x < size.columns && y < size.rows {
            write(buffer[x, y], x: x, y: y, palette: &palette, window: window)
        }
        self.palette = palette
        lastFrame = buffer
        wnoutrefresh(window)
        doupdate()
    }

    /// Waits up to `timeoutMilliseconds` (nil: forever) for a key; nil when none came.
    ///
    /// A `.resize` means the size has changed and the next `draw` repaints everything.
    public func readKey(timeoutMilliseconds: Int? = nil) -> Key? {
        guard let window else { return nil }
        wtimeout(window, Int32(timeoutMilliseconds ?? -1))
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == saywho_key_code_yes() {
            let keyCode = Int32(code)
            if keyCode == KEY_MOUSE {
                var event = MEVENT()
                guard getmouse(&event) == saywho_ok() else { return nil }
                return KeyDecoder.key(forMouse: event.bstate, x: event.x, y: event.y)
            }
            if keyCode == KEY_RESIZE {
                updateSize()
                lastFrame = nil
            }
            return KeyDecoder.key(forKeyCode: keyCode)
        }
        guard result == saywho_ok() else { return nil }
        return Key.fromCharacterCode(UInt32(code))
    }

    private func updateSize() {
        guard let window else { return }
        var rows: Int32 = 0
        var columns: Int32 = 0
        saywho_getmaxyx(window, &rows, &columns)
        size = Size(columns: Int(columns), rows: Int(rows))
    }
}
