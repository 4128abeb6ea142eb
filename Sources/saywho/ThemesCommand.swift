import ArgumentParser
import Foundation
import SaywhoUI

/// `saywho themes`: the themes saywho can find, where each comes from, and which one the config selects.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the available themes; * marks the one the config file selects.")

    @OptionGroup var output: FormatOptions

    struct Row: Encodable {
        var name: String
        var description: String
        /// The theme file, or `built-in`.
        var source: String
        var selected: Bool
        /// Why the theme does not load, when it does not.
        var error: String?
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (config, problems) = Config.loadStandard(environment: environment)
        for problem in problems { Console.warn(problem.message) }
        let catalog = ThemeCatalog.standard(environment: environment)
        var selected = config.theme ?? "default"
        let names = catalog.availableThemeNames()
        if !names.contains(selected) {
            Console.warn(
                "the config selects theme '\(selected)', which is not in "
                    + catalog.searchPaths.map(\.path).joined(separator: ", ") + "; the default is used")
            selected = "default"
        }
        let rows = names.map { name -> Row in
            var row = Row(
                name: name, description: "", source: catalog.file(forTheme: name)?.path ?? "built-in",
                selected: name == selected)
            do throws(ThemeError) {
                row.description = try catalog.load(named: name).summary
            } catch {
                row.error = error.message
            }
            return row
        }
        switch output.resolved {
        case .json:
            Console.write(try Console.json(rows))
        case .table:
            var table = Table(" ", "THEME", "DESCRIPTION", "SOURCE")
            for row in rows {
                table.add(
                    row.selected ? "*" : "", row.name, row.error.map { "(broken: \($0))" } ?? row.description,
                    row.source)
            }
            Console.write(table.render())
        }
    }
}
