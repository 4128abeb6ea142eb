import Foundation
import SaywhoTestSupport
import Testing

/// A reader that dies of a fatal signal leaves the terminal as it found it: no alternate
/// screen, no mouse tracking, the shell's lines back on screen.
@Suite(.serialized) struct CrashRestoreTests {
    @Test(arguments: ["SEGV", "ABRT", "ILL"])
    func aCrashRestoresTheTerminal(signal: String) throws {
        // Without Swift's backtracer the earlier action is the default one, and the process dies
        // of the signal; with it, a signal sent by kill is reported and the program goes on.
        let tmux = try Tmux(columns: 80, rows: 24, arguments: ["seeds"], environment: ["SWIFT_BACKTRACE": "enable=no"])
        try tmux.waitFor(text: "article 1/")
        #expect(try tmux.run(["display-message", "-p", "-t", tmux.session, "#{alternate_on}"]) == "1\n")
        let shell = try tmux.run(["display-message", "-p", "-t", tmux.session, "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try runProgram("/usr/bin/pgrep", ["-P", shell, "saywho"])
        let pid = try #require(children.output.split(separator: "\n").first.map(String.init))
        let killed = try runProgram("/bin/kill", ["-\(signal)", pid])
        #expect(killed.status == 0, "kill \(pid): \(killed.output) (children of \(shell): \(children.output))")

        let screen = try tmux.waitFor(text: "saywho exited")
        #expect(screen.contains { $0.contains("shell before saywho") }, "the shell's screen is back: \(screen)")
        let modes = try tmux.run(["display-message", "-p", "-t", tmux.session, "#{alternate_on} #{mouse_any_flag}"])
        #expect(modes == "0 0\n", "alternate screen and mouse tracking are off")
    }
}
