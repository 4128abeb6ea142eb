import Foundation

/// Finds theme files and loads themes by name.
///
/// Folders are searched in order: `$SAYWHO_THEMES`, `$XDG_CONFIG_HOME/saywho/themes`
/// (default `~/.config/saywho/themes`), then the first `Themes/` folder found
/// walking up from the executable's directory. Every theme shipped in `Themes/`
/// is also compiled in, so it loads even when no folder has it.
public struct ThemeCatalog: Sendable {
    /// The folders searched, first match wins.
    public var searchPaths: [URL]

    /// Creates a catalog searching `searchPaths` in order.
    public init(searchPaths: [URL]) {
        self.searchPaths = searchPaths
    }

    /// The catalog for this process: environment folders, then the `Themes/` folder above the executable.
    public static func standard(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = Bundle.main.executableURL
    ) -> ThemeCatalog {
        var paths: [URL] = []
        if let custom = environment["SAYWHO_THEMES"], !custom.isEmpty {
            paths += custom.split(separator: ":").map { URL(fileURLWithPath: String($0), isDirectory: true) }
        }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            paths.append(URL(fileURLWithPath: config).appendingPathComponent("saywho/themes", isDirectory: true))
        } else if let home = environment["HOME"], !home.isEmpty {
            paths.append(URL(fileURLWithPath: home).appendingPathComponent(".config/saywho/themes", isDirectory: true))
        }
        if let executable, let found = themesFolder(above: executable) {
            paths.append(found)
        }
        return ThemeCatalog(searchPaths: paths)
    }

    /// The first `Themes/` folder in the executable's directory or one above it, symlinks resolved.
    public static func themesFolder(above executable: URL) -> URL? {
        var directory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        while true {
            let candidate = directory.appendingPathComponent("Themes", isDirectory: true)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    /// The names of all themes available, sorted, the compiled-in ones always among them.
    public func availableThemeNames() -> [String] {
        var names = Set(BuiltinThemes.names)
        for folder in searchPaths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if Self.isValidName(name) { names.insert(name) }
            }
        }
        return names.sorted()
    }

    /// The file a theme would be loaded from, if any folder has it.
    public func file(forTheme name: String) -> URL? {
        guard Self.isValidName(name) else { return nil }
        return searchPaths.lazy.map { $0.appendingPathComponent(name + ".toml") }
            .first { FileManager.default.isReadableFile(atPath: $0.path) }
    }

    /// Loads the theme `name` from the first folder that has it, else its compiled-in copy.
    public func load(named name: String) throws(ThemeError) -> Theme {
        guard let url = file(forTheme: name) else {
            if let text = BuiltinThemes.text(named: name) {
                return try Theme(tomlText: text, name: name, file: "<built-in \(name)>")
            }
            throw .notFound(name: name, searched: searchPaths.map(\.path))
        }
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(file: url.path, reason: "cannot read the file (\(error.localizedDescription))")
        }
        return try Theme(tomlText: text, name: name, file: url.path)
    }

    /// Loads `name`, or the default theme with the error that made it fall back.
    public func loadOrDefault(named name: String) -> (theme: Theme, error: ThemeError?) {
        do {
            return (try load(named: name), nil)
        } catch {
            if name != "default", let fallback = try? load(named: "default") { return (fallback, error) }
            return (Theme.builtinDefault, error)
        }
    }

    /// The theme to use: `mono` when NO_COLOR is set and non-empty or the terminal has no colours, else the request or `default`.
    public static func preferredThemeName(requested: String?, environment: [String: String], terminalHasColors: Bool) -> String {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return "mono" }
        if !terminalHasColors { return "mono" }
        return requested ?? "default"
    }

    /// Whether a theme name is safe to use as a file name (letters, digits, `-`, `_`).
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
            }
    }
}
