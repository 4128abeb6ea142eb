import Foundation
import SaywhoCore
import SaywhoTestSupport
import Testing

/// Whatever a command writes to a terminal goes through the sanitiser: an export of a bookmark
/// holding escape sequences cannot set the title, write the clipboard or clear the screen.
@Suite(.serialized) struct TerminalOutputTests {
    @Test(arguments: ["csv", "json", "md"])
    func anExportToATerminalShowsEscapesInsteadOfSendingThem(format: String) throws {
        let home = temporaryFolder("saywho-e2e")
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
        environment["XDG_CACHE_HOME"] = home.appendingPathComponent("cache").path
        var bookmark = sampleBookmark(1)
        bookmark.text = "“We sail\u{1B}]0;PWNED\u{07} at dawn\u{1B}[2J,” she said.\u{9B}31m"
        let file = home.appendingPathComponent("hostile.json")
        try Data(BookmarkFormat.json.render([bookmark]).utf8).write(to: file)
        let imported = try runProgram(
            try TestPaths.builtProduct("saywho").path, ["bookmarks", "import", file.path], environment: environment)
        #expect(imported.status == 0, "\(imported.output)")

        let tmux = try Tmux(columns: 200, rows: 30, arguments: ["bookmarks", "export", "--format", format], home: home)
        let screen = try tmux.waitFor(text: "saywho exited 0")
        let text = screen.joined(separator: "\n")
        // JSON escapes every control itself, C1 included; the sanitiser shows them in the others.
        #expect(text.contains(format == "json" ? "\\u001b]0;PWNED\\u0007" : "^[]0;PWNED^G"), "\(text)")
        #expect(text.contains(format == "json" ? "\\u009b31m" : "<U+009B>31m"), "\(text)")
        #expect(text.contains("shell before saywho"), "the screen was not cleared")
        let title = try tmux.run(["display-message", "-p", "-t", tmux.session, "#{pane_title}"])
        #expect(!title.contains("PWNED"))
    }
}
