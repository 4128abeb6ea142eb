import Foundation
import SaywhoCore
import SaywhoCurses
import SaywhoUI

/// The interactive reader: wires the corpus, the key map, themes and bookmarks to the terminal.
final class ReaderApp {
    let corpus: Corpus
    let keyMap: KeyMap
    let catalog: ThemeCatalog
    let requestedTheme: String?
    let mouse: Bool
    let bookmarks: BookmarkBackend
    var startupMessages: [(String, Bool)] = []

    init(corpus: Corpus, keyMap: KeyMap, catalog: ThemeCatalog, theme: String?, mouse: Bool, bookmarks: BookmarkBackend) {
        self.corpus = corpus
        self.keyMap = keyMap
        self.catalog = catalog
        self.requestedTheme = theme
        self.mouse = mouse
        self.bookmarks = bookmarks
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let terminal = Terminal(options: Terminal.Options(mouse: mouse, environment: environment))
        do {
            try terminal.start()
        } catch {
            throw CLIError(message: "cannot start the terminal: \(error)")
        }
        defer { terminal.stop() }

        let themeName = ThemeCatalog.preferredThemeName(requested: requestedTheme, environment: environment, terminalHasColors: terminal.hasColors)
        let (theme, themeError) = catalog.loadOrDefault(named: themeName)
        terminal.setTheme(theme)
        var names = catalog.availableThemeNames()
        if !names.contains(theme.name) { names.insert(theme.name, at: 0) }
        let help = keyMap.helpLines().map { HelpLine(keys: $0.keys, help: $0.help) }
        var state = ReaderState(view: CorpusView(corpus: corpus), size: terminal.size, themeNames: names, theme: theme.name, helpLines: help)
        do {
            state.reduce(.bookmarksChanged(try bookmarks.entries()))
        } catch {
            // A corrupt store has been set aside by now: report it and read the fresh one.
            startupMessages.append(("\(error)", true))
            if let entries = try? bookmarks.entries() { state.reduce(.bookmarksChanged(entries)) }
        }
        if let themeError { startupMessages.append((themeError.message, true)) }
        if let (text, isError) = startupMessages.last { state.reduce(.message(text, isError: isError)) }
        let screen = ReaderScreen(glyphs: terminal.borderGlyphs)

        while true {
            terminal.draw(screen.render(state))
            guard let key = terminal.readKey(timeoutMilliseconds: nil) else { continue }
            if case .resize = key {
                state.reduce(.resize(terminal.size))
                continue
            }
            guard let action = state.action(for: key, command: keyMap.command(for: key)) else { continue }
            for effect in state.reduce(action) {
                switch effect {
                case .quit:
                    return
                case .setTheme(let name):
                    let (next, error) = catalog.loadOrDefault(named: name)
                    terminal.setTheme(next)
                    terminal.forceRedraw()
                    if let error { state.reduce(.message(error.message, isError: true)) }
                case .toggleBookmark(let article, let quote):
                    perform(&state) {
                        let added = try bookmarks.toggle(article: corpus.articles[article], quote: corpus.extractions[article].quotes[quote], corpus: corpus)
                        return added ? "bookmarked" : "bookmark removed"
                    }
                case .setNote(let article, let quote, let note):
                    perform(&state) {
                        try bookmarks.setNote(note, article: corpus.articles[article], quote: corpus.extractions[article].quotes[quote], corpus: corpus)
                        return note.isEmpty ? "note removed" : "note saved"
                    }
                }
            }
        }
    }

    /// Runs a bookmark change, then reloads the list (another process may have changed it too).
    private func perform(_ state: inout ReaderState, _ change: () throws -> String) {
        do {
            let message = try change()
            state.reduce(.bookmarksChanged(try bookmarks.entries()))
            state.reduce(.message(message, isError: false))
        } catch {
            state.reduce(.message("bookmarks: \(error)", isError: true))
        }
    }
}

/// Where the reader keeps bookmarks.
protocol BookmarkBackend {
    func entries() throws -> [BookmarkEntry]
    /// Adds the quote or removes it; true when it was added.
    func toggle(article: Article, quote: Quote, corpus: Corpus) throws -> Bool
    func setNote(_ note: String, article: Article, quote: Quote, corpus: Corpus) throws
}
