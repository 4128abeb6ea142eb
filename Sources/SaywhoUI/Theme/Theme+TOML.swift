import Foundation
import TOMLKit

extension Theme {
    /// Parses a theme from TOML text; `file` names the source in error messages.
    ///
    /// ```toml
    /// description = "Dark background"
    /// [roles]
    /// text = { fg = "default", bg = "default" }
    /// quote = { fg = "#ffd75f", bold = true }
    /// [speakers]
    /// palette = ["cyan", "green", 214]
    /// ```
    public init(tomlText: String, name: String, file: String) throws(ThemeError) {
        if let (line, column, reason) = TOMLHeaderCheck.problem(in: tomlText) {
            throw .syntax(file: file, line: line, column: column, reason: reason)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: tomlText)
        } catch let error as TOMLParseError {
            throw .syntax(file: file, line: error.source.begin.line, column: error.source.begin.column, reason: error.description)
        } catch {
            throw .syntax(file: file, line: 1, column: 1, reason: "\(error)")
        }
        let locator = TOMLLineLocator(text: tomlText)
        func invalid(_ key: String, _ reason: String, table: String? = nil, parent: String? = nil) -> ThemeError {
            .invalidValue(file: file, line: locator.line(ofKey: key, inTable: table, parentKey: parent), key: key, reason: reason)
        }

        for key in table.keys where !["name", "description", "roles", "speakers"].contains(key) {
            throw invalid(key, "unknown key; expected name, description, [roles] or [speakers]")
        }
        var summary = ""
        if let value = table["description"] {
            guard let text = value.string else { throw invalid("description", "must be a string") }
            summary = text
        }
        var roles: [Role: RoleStyle] = [:]
        if let value = table["roles"] {
            guard let rolesTable = value.table else { throw invalid("roles", "must be a table") }
            for key in rolesTable.keys {
                guard let role = Role(rawValue: key) else {
                    let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
                    throw invalid(key, "unknown role; roles are \(known)", table: "roles")
                }
                do {
                    roles[role] = try Self.roleStyle(rolesTable[key]!)
                } catch let problem {
                    throw invalid("roles.\(key)", problem.reason, table: "roles", parent: key)
                }
            }
        }
        var palette: [ThemeColor] = []
        if let value = table["speakers"] {
            guard let speakers = value.table else { throw invalid("speakers", "must be a table") }
            for key in speakers.keys where key != "palette" {
                throw invalid(key, "unknown key; expected palette", table: "speakers")
            }
            if let list = speakers["palette"] {
                guard let array = list.array else {
                    throw invalid("palette", "must be an array of colours", table: "speakers")
                }
                for (index, item) in array.enumerated() {
                    guard let color = Self.color(item) else {
                        throw invalid(
                            "palette",
                            "entry \(index + 1) (\(item.debugDescription)) is not a colour; "
                                + Self.colorHelp, table: "speakers")
                    }
                    palette.append(color)
                }
            }
        }
        self.init(name: name, summary: summary, roles: roles, palette: palette)
    }

    static let colorHelp = "use a name (red, bright-blue, default…), an index 0-255 or #RRGGBB"

    private struct Problem: Error { var reason: String }

    private static func roleStyle(_ value: any TOMLValueConvertible) throws(Problem) -> RoleStyle {
        if value.string != nil {
            guard let color = color(value) else {
                throw Problem(reason: "unknown colour \(value.debugDescription); " + colorHelp)
            }
            return RoleStyle(foreground: color)
        }
        guard let table = value.table else {
            throw Problem(reason: "must be a colour or a table like { fg = \"red\", bold = true }")
        }
        var style = RoleStyle()
        for key in table.keys {
            let item = table[key]!
            switch key {
            case "fg", "bg":
                guard let color = color(item) else {
                    throw Problem(reason: "\(key) \(item.debugDescription) is not a colour; " + colorHelp)
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "underline", "reverse", "dim", "italic":
                guard let flag = item.bool else { throw Problem(reason: "\(key) must be true or false") }
                switch key {
                case "bold": style.bold = flag
                case "underline": style.underline = flag
                case "reverse": style.reverse = flag
                case "dim": style.dim = flag
                default: style.italic = flag
                }
            default:
                throw Problem(reason: "unknown key \(key); expected fg, bg, bold, underline, reverse, dim or italic")
            }
        }
        return style
    }

    private static func color(_ value: any TOMLValueConvertible) -> ThemeColor? {
        if let text = value.string { return ThemeColor(parsing: text) }
        if let index = value.int, (0...255).contains(index) { return .indexed(UInt8(index)) }
        return nil
    }
}

/// Finds the line a key is written on, since parsed TOML values carry no positions.
struct TOMLLineLocator {
    let lines: [Substring]

    init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `key` in `[table]` (or at the top when nil), or of a `[table.parentKey]` header.
    func line(ofKey key: String, inTable table: String?, parentKey: String? = nil) -> Int? {
        let lookFor = parentKey ?? key.split(separator: ".").last.map(String.init) ?? key
        var current: String?
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                let header = line.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" })
                    .trimmingCharacters(in: .whitespaces)
                current = header
                if let table, header == "\(table).\(lookFor)" { return index + 1 }
                continue
            }
            guard current == table else { continue }
            let name = line.prefix(while: { $0 != "=" }).trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            if line.contains("="), name == lookFor { return index + 1 }
        }
        return nil
    }
}
