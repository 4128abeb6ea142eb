import Foundation
import SaywhoCore
import SaywhoCurses
import SaywhoIndex
import SaywhoUI

/// The interactive reader: wires the corpus, the key map, themes and bookmarks to the terminal.
final class ReaderApp {
    let keyMap: KeyMap
    let catalog: ThemeCatalog
    let requestedTheme: String?
    let mouse: Bool
    var startupMessages: [(String, Bool)] = []

    init(keyMap: KeyMap, catalog: ThemeCatalog, theme: String?, mouse: Bool) {
        self.keyMap = keyMap
        self.catalog = catalog
        self.requestedTheme = theme
        self.mouse = mouse
    }

    /// Starts the terminal, shows a first frame while `load` reads the corpus in the background, then runs the reader.
    ///
    /// Returns the problems met on the way (files, config, theme), for printing once the terminal is restored.
    func run(
        paths: [String], load: @escaping @Sendable (_ progress: @escaping @Sendable (RefreshProgress) -> Void) -> CorpusView,
        bookmarks makeBookmarks: (Corpus) -> BookmarkBackend
    ) throws -> [String] {
        let environment = ProcessInfo.processInfo.environment
        let terminal = Terminal(options: Terminal.Options(mouse: mouse, environment: environment))
        do {
            try terminal.start()
        } catch {
            throw CLIError(message: "cannot start the terminal: \(error)")
        }
        defer { terminal.stop() }

        guard let view = waitForCorpus(paths: paths, load: load, terminal: terminal) else { return [] }
        let corpus = view.corpus
        guard !corpus.articles.isEmpty else {
            terminal.stop()
            for problem in corpus.report.problems { Console.warn(problem.description) }
            throw CLIError(message: InputError.noArticles(paths: paths).description)
        }
        // Everything that went wrong on the way is listed on stderr at exit; the status bar shows the first.
        let notes = corpus.report.problems.map(\.description) + startupMessages.map(\.0)
        let problems = corpus.report.problems
        if !problems.isEmpty {
            startupMessages.insert(
                ("\(problems.count) file\(problems.count == 1 ? "" : "s") could not be read: \(problems[0])", true), at: 0)
        }
        let bookmarks = makeBookmarks(corpus)
        var lateNotes: [String] = []

        let themeName = ThemeCatalog.preferredThemeName(
            requested: requestedTheme, environment: environment, terminalHasColors: terminal.hasColors)
        let (theme, themeError) = catalog.loadOrDefault(named: themeName)
        terminal.setTheme(theme)
        var names = catalog.availableThemeNames()
        if !names.contains(theme.name) { names.insert(theme.name, at: 0) }
        let help = keyMap.helpLines().map { HelpLine(group: $0.group, keys: $0.keys, help: $0.help) }
        var state = ReaderState(
            view: view, size: terminal.size, themeNames: names, theme: theme.name, helpLines: help)
        do {
            state.reduce(.bookmarksChanged(try bookmarks.entries()))
        } catch {
            // A corrupt store has been set aside by now: report it and read the fresh one.
            startupMessages.append(("\(error)", true))
            lateNotes.append("\(error)")
            do {
                state.reduce(.bookmarksChanged(try bookmarks.entries()))
            } catch {
                // Not a corrupt file but one that cannot be read at all: B says so, and why.
                state.reduce(.bookmarksUnreadable("\(error)"))
            }
        }
        if let themeError {
            startupMessages.append((themeError.message, true))
            lateNotes.append(themeError.message)
        }
        if let (text, isError) = startupMessages.first {
            let more = startupMessages.count > 1 ? " (+\(startupMessages.count - 1) more, listed on exit)" : ""
            state.reduce(.message(text + more, isError: isError))
        }
        let screen = ReaderScreen(glyphs: terminal.borderGlyphs)

        while true {
            terminal.draw(screen.render(state))
            // Every key already queued is handled before the next frame, so holding a key draws one
            // frame per burst instead of one per press, and the screen never lags behind the keyboard.
            var pending = terminal.readKey(timeoutMilliseconds: nil)
            while let key = pending {
                defer { pending = terminal.readKey(timeoutMilliseconds: 0) }
                if case .resize = key {
                    state.reduce(.resize(terminal.size))
                    continue
                }
                guard let action = state.action(for: key, command: keyMap.command(for: key)) else { continue }
                for effect in state.reduce(action) {
                    switch effect {
                    case .quit:
                        return notes + lateNotes
                    case .setTheme(let name):
                        let (next, error) = catalog.loadOrDefault(named: name)
                        terminal.setTheme(next)
                        terminal.forceRedraw()
                        if let error { state.reduce(.message(error.message, isError: true)) }
                    case .toggleBookmark(let article, let quote):
                        perform(&state, bookmarks) {
                            let added = try bookmarks.toggle(
                                article: corpus.articles[article], quote: corpus.extractions[article].quotes[quote])
                            return added ? "bookmarked" : "bookmark removed"
                        }
                    case .setNote(let article, let quote, let note):
                        perform(&state, bookmarks) {
                            try bookmarks.setNote(
                                note, article: corpus.articles[article], quote: corpus.extractions[article].quotes[quote])
                            return note.isEmpty ? "note removed" : "note saved"
                        }
                    case .deleteBookmark(let id):
                        perform(&state, bookmarks) {
                            try bookmarks.delete(id: id)
                            return "bookmark deleted (u puts it back)"
                        }
                    case .restoreBookmark(let id):
                        perform(&state, bookmarks) {
                            try bookmarks.restore(id: id)
                            return "bookmark put back"
                        }
                    case .setBookmarkNote(let id, let note):
                        perform(&state, bookmarks) {
                            try bookmarks.setNote(note, id: id)
                            return note.isEmpty ? "note removed" : "note saved"
                        }
                    }
                }
            }
        }
    }

    /// Draws a loading screen until the corpus is read; nil when the user quits first.
    private func waitForCorpus(
        paths: [String], load: @escaping @Sendable (_ progress: @escaping @Sendable (RefreshProgress) -> Void) -> CorpusView,
        terminal: Terminal
    ) -> CorpusView? {
        let box = LoadingBox()
        Thread.detachNewThread { box.finish(load { box.report($0) }) }
        let started = Date()
        let spinner = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
        var tick = 0
        while true {
            if let view = box.view { return view }
            // Only draw after a moment, so small corpora open without a flash.
            if Date().timeIntervalSince(started) > 0.15 {
                var buffer = CellBuffer(size: terminal.size)
                let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
                let glyph = terminal.borderGlyphs == .unicode ? spinner[tick % spinner.count] : "*"
                let line = "\(glyph) Reading and indexing \(paths.joined(separator: ", ")) … \(seconds) s   (q quits)"
                buffer.put(Truncation.truncate(line, toWidth: buffer.width), x: 1, y: buffer.height / 2, style: CellStyle(.title))
                if let progress = box.progress {
                    let bar = Truncation.truncate(progress.line(), toWidth: max(0, buffer.width - 2))
                    buffer.put(bar, x: 1, y: buffer.height / 2 + 1, style: CellStyle(.text))
                }
                terminal.draw(buffer)
                tick += 1
            }
            if let key = terminal.readKey(timeoutMilliseconds: 100) {
                switch key {
                case .character("q"), .character("Q"), .escape, .ctrl("c"): return nil
                default: break
                }
            }
        }
    }

    /// Runs a bookmark change, then reloads the list (another process may have changed it too).
    private func perform(_ state: inout ReaderState, _ bookmarks: BookmarkBackend, _ change: () throws -> String) {
        do {
            let message = try change()
            state.reduce(.bookmarksChanged(try bookmarks.entries()))
            state.reduce(.message(message, isError: false))
        } catch {
            state.reduce(.message("bookmarks: \(error)", isError: true))
        }
    }
}

/// The corpus handed over from the loading thread, and how far its indexing has come.
private final class LoadingBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: CorpusView?
    private var latest: RefreshProgress?

    var progress: RefreshProgress? { lock.withLock { latest } }

    func report(_ progress: RefreshProgress) { lock.withLock { latest = progress } }

    var view: CorpusView? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func finish(_ view: CorpusView) {
        lock.lock()
        value = view
        lock.unlock()
    }
}

/// Where the reader keeps bookmarks.
protocol BookmarkBackend {
    func entries() throws -> [BookmarkEntry]
    /// Adds the quote or removes it; true when it was added.
    func toggle(article: Article, quote: Quote) throws -> Bool
    func setNote(_ note: String, article: Article, quote: Quote) throws
    /// Sets the note of the bookmark `id`; an empty note removes it.
    func setNote(_ note: String, id: String) throws
    /// Deletes the bookmark `id`, keeping it for `restore(id:)`.
    func delete(id: String) throws
    /// Puts back a bookmark `delete(id:)` removed.
    func restore(id: String) throws
}
