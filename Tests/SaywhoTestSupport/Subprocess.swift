import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TestPaths {
    /// An executable this build made, found beside the test product: `swift build`
    /// and `swift test` put every product of a configuration in one folder.
    public static func builtProduct(_ name: String) throws -> URL {
        var folders = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        #if canImport(Darwin)
            // Under Xcode's xctest the first argument is the runner; the test bundle is loaded from the build folder.
            folders += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map(\.bundleURL)
        #endif
        for start in folders {
            var folder = start
            // The test product may sit a few levels down (a bundle's Contents/MacOS).
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
                folder = folder.deletingLastPathComponent()
            }
        }
        throw NSError(
            domain: "builtProduct", code: 1,
            userInfo: [
                NSLocalizedDescriptionKey:
                    "no \(name) beside the test product in \(folders.map(\.path)): run `swift build` before `swift test`"
            ])
    }
}

/// Runs a program and waits for it, with output collected in a file.
///
/// posix_spawn and waitpid rather than Foundation's Process: Process can hang in
/// waitUntilExit off the main thread, and a pipe stays open forever when the child
/// leaves a daemon behind (tmux does).
public func runProgram(
    _ path: String, _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
    stdin: String? = nil
) throws -> (status: Int32, output: String) {
    try RunningProgram(path, arguments, environment: environment, directory: directory, stdin: stdin).wait()
}

/// A program started and not yet waited for, so that several can run at once.
public struct RunningProgram {
    private let pid: pid_t
    private let log: URL
    private let input: URL?

    /// Starts `path` with `arguments`; its output and errors go to a file read by ``wait()``.
    public init(
        _ path: String, _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
        stdin: String? = nil
    ) throws {
        log = FileManager.default.temporaryDirectory.appendingPathComponent("saywho-run-\(UUID().uuidString).out")
        if let stdin {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("saywho-run-\(UUID().uuidString).in")
            try stdin.write(to: url, atomically: true, encoding: .utf8)
            input = url
        } else {
            input = nil
        }
        do {
            pid = try Self.spawn(path, arguments, environment: environment, directory: directory, input: input, log: log)
        } catch {
            if let input { try? FileManager.default.removeItem(at: input) }
            throw error
        }
    }

    /// Sends `signal` to the program (SIGKILL, to test what a kill leaves behind).
    public func send(signal: Int32) { kill(pid, signal) }

    /// Waits for the program to end: its exit status (128 + the signal when killed) and output.
    public func wait() -> (status: Int32, output: String) {
        defer {
            try? FileManager.default.removeItem(at: log)
            if let input { try? FileManager.default.removeItem(at: input) }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        let exited = (status & 0x7F) == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output)
    }

    private static func spawn(
        _ path: String, _ arguments: [String], environment: [String: String]?, directory: String?, input: URL?, log: URL
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input?.path ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var command = [path] + arguments
        if let directory {
            // posix_spawn has no working-directory action everywhere; go through sh.
            command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + command
        }
        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // The test runner's threads block most signals and spawned programs inherit that mask:
        // a tmux server started with it never sees its children exit and outlives the tests.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid = pid_t()
        let spawned = posix_spawn(&pid, command[0], &actions, &attributes, &argv, &envp)
        guard spawned == 0 else {
            throw NSError(
                domain: "runProgram", code: Int(spawned), userInfo: [NSLocalizedDescriptionKey: "cannot run \(command[0])"])
        }
        return pid
    }
}
