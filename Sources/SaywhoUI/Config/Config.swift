import Foundation

/// The user's settings from `config.toml`: theme, default corpus, mouse, confidence threshold and key bindings.
public struct Config: Hashable, Sendable {
    /// The theme to start with; nil when the file does not say (use `default`).
    public var theme: String?
    /// The corpus to open when no PATH is given, as written (`~` not yet expanded; see `corpusPath`).
    public var corpus: String?
    /// Whether the reader takes mouse clicks and the wheel.
    public var mouse: Bool
    /// The key bindings: the defaults with the `[keys]` table laid over them.
    public var keyMap: KeyMap
    /// Attributions less confident than this (0 to 1) are hidden: their quotes show unattributed.
    public var minConfidence: Double

    /// Settings with the given values; every default when called with none.
    public init(
        theme: String? = nil, corpus: String? = nil, mouse: Bool = true, keyMap: KeyMap = .defaults, minConfidence: Double = 0
    ) {
        self.theme = theme
        self.corpus = corpus
        self.mouse = mouse
        self.keyMap = keyMap
        self.minConfidence = minConfidence
    }

    /// The settings used when there is no config file.
    public static let defaults = Config()

    /// `$XDG_CONFIG_HOME/saywho/config.toml` when set and absolute, else `$HOME/.config/saywho/config.toml`.
    public static func standardFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            base = URL(fileURLWithPath: config, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config", isDirectory: true)
        }
        return base.appendingPathComponent("saywho/config.toml")
    }

    /// Loads the standard config file; see `load(from:)`.
    public static func loadStandard(
        environment: [String: String] = ProcessInfo.processInfo.environment
    )
        -> (config: Config, problems: [ConfigError])
    {
        load(from: standardFile(environment: environment))
    }

    /// Loads `file`: no file gives the defaults; every problem is reported and its setting left at the default.
    public static func load(from file: URL) -> (config: Config, problems: [ConfigError]) {
        guard FileManager.default.fileExists(atPath: file.path) else { return (.defaults, []) }
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            return (.defaults, [.unreadable(file: file.path, reason: "cannot read the file (\(error.localizedDescription))")])
        }
        return parse(tomlText: text, file: file.path)
    }

    /// The corpus path with a leading `~` expanded to `$HOME`; nil when the config sets none.
    public func corpusPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let corpus else { return nil }
        guard corpus == "~" || corpus.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else { return corpus }
        return home + corpus.dropFirst()
    }
}
