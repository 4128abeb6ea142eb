import ArgumentParser
import Foundation
import SaywhoAttribution
import SaywhoCore

@main
struct SaywhoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "saywho",
        abstract: "A terminal reader for media statements: who said it, and where.",
        discussion: """
            With no subcommand, opens the articles at PATH (default ./seeds) in the reader.
            Articles are .txt, .md (YAML front matter), .json and .jsonl files; folders are read recursively.
            """,
        version: "saywho \(SaywhoCommand.version) (extractor \(Extractor.version))",
        subcommands: [
            ReadCommand.self, ArticlesCommand.self, QuotesCommand.self, SpeakersCommand.self, ExtractCommand.self,
            IndexCommand.self, BookmarksCommand.self, ThemesCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    /// The program's version, which `saywho --version` prints.
    static let version = "0.1.0"

    /// Runs the command; user errors are one line on stderr and exit status 1, usage errors 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CLIError {
            if !error.alreadyReported { Console.warn(error.message) }
            Foundation.exit(1)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                // Help and version: the program's own text, to standard output.
                if !message.isEmpty { Console.write(message + "\n") }
            } else if !message.isEmpty {
                Console.usageError(message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
