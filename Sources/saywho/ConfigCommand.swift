import ArgumentParser
import Foundation
import SaywhoUI

/// `saywho config check`: every problem in the config file, with its line.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Check the configuration file.", subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "List every problem in config.toml with its line; exit status 1 when there is one.")

        @Option(name: .long, help: "The file to check (default: the standard config.toml).")
        var file: String?

        func run() throws {
            let url = file.map { URL(fileURLWithPath: $0) } ?? Config.standardFile()
            guard FileManager.default.fileExists(atPath: url.path) else {
                Console.write("\(url.path): no config file; every setting is at its default\n")
                return
            }
            let (_, problems) = Config.load(from: url)
            guard !problems.isEmpty else {
                Console.write("\(url.path): no problems\n")
                return
            }
            Console.write(problems.map { $0.message + "\n" }.joined())
            throw CLIError(
                message: "\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(url.path); "
                    + "each setting with a problem is at its default")
        }
    }
}
