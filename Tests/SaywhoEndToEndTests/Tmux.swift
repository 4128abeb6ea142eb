import Foundation
import SaywhoTestSupport

/// Drives the real `saywho` binary in a detached tmux session on a private socket.
final class Tmux {
    let socket = "saywho-e2e-\(UUID().uuidString.prefix(8))"
    let session = "e2e"
    let home: URL

    enum Failure: Error, CustomStringConvertible {
        case missing(String)
        case command(String, Int32, String)
        /// A wait ran out of time; the screen is what it showed last.
        case timeout(String, screen: [String])
        var description: String {
            switch self {
            case .missing(let what): return what
            case .command(let c, let status, let output): return "\(c) exited \(status): \(output)"
            case .timeout(let what, let screen):
                return "timed out waiting for \(what); the screen showed:\n" + screen.joined(separator: "\n")
            }
        }
    }

    static func tmuxPath() throws -> String {
        for path in ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        throw Failure.missing("tmux is not installed (apt-get install tmux); the end-to-end tests need it")
    }

    /// Starts `saywho ARGS` at `columns`×`rows` with data and config in a fresh temporary home.
    init(columns: Int, rows: Int, arguments: [String], home: URL? = nil, environment: [String: String] = [:]) throws {
        self.home = home ?? temporaryFolder("saywho-e2e")
        let binary = try TestPaths.builtProduct("saywho")
        let data = self.home.appendingPathComponent("data").path
        let config = self.home.appendingPathComponent("config").path
        let cache = self.home.appendingPathComponent("cache").path
        let quoted = ([binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(
            separator: " ")
        let script = """
            cd '\(TestPaths.packageRoot.path)' && echo 'shell before saywho' && \
            XDG_DATA_HOME='\(data)' XDG_CONFIG_HOME='\(config)' XDG_CACHE_HOME='\(cache)' TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 ESCDELAY=25 \
            \(environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")) \
            \(quoted); echo "saywho exited $?"; sleep 120
            """
        try run([
            "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", String(columns), "-y", String(rows), "sh", "-c", script,
        ])
    }

    deinit {
        _ = try? run(["kill-server"])
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let result = try runProgram(try Tmux.tmuxPath(), ["-L", socket] + arguments)
        guard result.status == 0 else { throw Failure.command(arguments.joined(separator: " "), result.status, result.output) }
        return result.output
    }

    /// Types keys: tmux key names ("Enter", "Escape", "C-n") or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try run(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
    }

    /// Types many keys with one command, as a held key or a paste arrives.
    func send(contentsOf keys: [String]) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    func screen() throws -> [String] {
        try run(["capture-pane", "-p", "-t", session]).components(separatedBy: "\n").dropLast().map { $0 }
    }

    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", session, "-x", String(columns), "-y", String(rows)])
    }

    /// Waits until the screen satisfies `condition` (polling) and returns that screen.
    ///
    /// Every wait is a check: when time runs out it throws, and the test fails with
    /// `what` it waited for and the screen it saw last.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 30, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try screen()
        while Date() < deadline {
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
            last = try screen()
        }
        if condition(last) { return last }
        throw Failure.timeout(what, screen: last)
    }

    /// Waits until `text` is on the screen and returns that screen; throws when it never shows.
    @discardableResult
    func waitFor(text: String, timeout: Double = 30) throws -> [String] {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.joined(separator: "\n").contains(text) }
    }

    /// Runs the binary outside tmux with the same home, for CLI checks.
    func cli(_ arguments: [String]) throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["XDG_CACHE_HOME"] = home.appendingPathComponent("cache").path
        return try runProgram(
            try TestPaths.builtProduct("saywho").path, arguments, environment: environment, directory: TestPaths.packageRoot.path)
    }
}
