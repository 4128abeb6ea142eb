import TOMLKit

extension Config {
    /// Parses config TOML; `file` names the source in problems.
    ///
    /// ```toml
    /// theme = "light"
    /// corpus = "~/news"
    /// mouse = true
    /// [keys]
    /// next-quote = ["n", "Ctrl-N"]
    /// quit = "Q"
    /// ```
    /// A syntax error makes the whole file unusable (all defaults); any other problem leaves
    /// only its own setting at the default, and every problem is reported.
    public static func parse(tomlText: String, file: String) -> (config: Config, problems: [ConfigError]) {
        if let (line, column, reason) = TOMLHeaderCheck.problem(in: tomlText) {
            return (.defaults, [.syntax(file: file, line: line, column: column, reason: reason)])
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: tomlText)
        } catch let error as TOMLParseError {
            return (
                .defaults,
                [
                    .syntax(
                        file: file, line: error.source.begin.line, column: error.source.begin.column,
                        reason: error.description)
                ]
            )
        } catch {
            return (.defaults, [.syntax(file: file, line: 1, column: 1, reason: "\(error)")])
        }
        let locator = TOMLLineLocator(text: tomlText)
        var problems: [ConfigError] = []
        func problem(_ key: String, _ reason: String, table: String? = nil) {
            problems.append(.invalidValue(file: file, line: locator.line(ofKey: key, inTable: table), key: key, reason: reason))
        }

        var config = Config.defaults
        for key in inFileOrder(table.keys, table: nil, locator: locator) {
            let value = table[key]!
            switch key {
            case "theme":
                guard let name = value.string else {
                    problem(key, "must be a string, like theme = \"light\"")
                    continue
                }
                guard ThemeCatalog.isValidName(name) else {
                    problem(key, "\"\(name)\" is not a theme name (letters, digits, - and _)")
                    continue
                }
                config.theme = name
            case "corpus":
                guard let path = value.string, !path.isEmpty else {
                    problem(key, "must be a path in a string, like corpus = \"~/news\"")
                    continue
                }
                config.corpus = path
            case "mouse":
                guard let flag = value.bool else {
                    problem(key, "must be true or false")
                    continue
                }
                config.mouse = flag
            case "min-confidence":
                guard let number = value.double ?? value.int.map(Double.init), (0...1).contains(number) else {
                    problem(key, "must be a number from 0 to 1, like min-confidence = 0.6")
                    continue
                }
                config.minConfidence = number
            case "keys":
                guard let keys = value.table else {
                    problem(key, "must be a table: [keys] then lines like next-quote = [\"n\", \"Ctrl-N\"]")
                    continue
                }
                config.keyMap = keyMap(from: keys, locator: locator, problem: { problem($0, $1, table: "keys") })
            default:
                problem(key, "unknown setting; settings are theme, corpus, mouse, min-confidence and [keys]")
            }
        }
        return (config, problems)
    }

    /// The default key map with the `[keys]` bindings laid over it, in file order so a key bound twice takes the later one.
    private static func keyMap(
        from keys: TOMLTable, locator: TOMLLineLocator, problem: (String, String) -> Void
    ) -> KeyMap {
        var map = KeyMap.defaults
        for name in inFileOrder(keys.keys, table: "keys", locator: locator) {
            guard let command = Command(rawValue: name) else {
                problem(name, "unknown command; commands are " + Command.allCases.map(\.rawValue).joined(separator: ", "))
                continue
            }
            let value = keys[name]!
            var specs: [any TOMLValueConvertible] = []
            if value.string != nil {
                specs = [value]
            } else if let array = value.array {
                specs = array.map { $0 }
            } else {
                problem(name, "must be a key or a list of keys, like \(name) = [\"n\", \"Ctrl-N\"]")
                continue
            }
            var bound: [Key] = []
            var bad = false
            for item in specs {
                guard let spec = item.string else {
                    problem(name, "\(item.debugDescription) is not a key; keys are strings like \"j\" or \"Ctrl-F\"")
                    bad = true
                    continue
                }
                guard let key = Key(spec: spec) else {
                    let points = spec.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
                    problem(
                        name,
                        spec.count == 1 && points.count > 1
                            ? "\"\(spec)\" cannot be pressed: it is \(points.count) code points (\(points.joined(separator: " "))), "
                                + "and a key press sends one"
                            : "unknown key \"\(spec)\"; " + keySpecHelp)
                    bad = true
                    continue
                }
                bound.append(key)
            }
            // An empty list unbinds on purpose; a list whose every key is wrong keeps the defaults.
            if bad && bound.isEmpty { continue }
            map.bind(bound, to: command)
        }
        return map
    }

    /// `names` in the order they are written (TOMLKit sorts them); names not found go last, by name.
    private static func inFileOrder(_ names: [String], table: String?, locator: TOMLLineLocator) -> [String] {
        let lines: [String: Int] = Dictionary(
            uniqueKeysWithValues: names.map { name -> (String, Int) in
                (name, locator.line(ofKey: name, inTable: table) ?? Int.max)
            })
        return names.sorted { a, b in
            let la = lines[a]!
            let lb = lines[b]!
            return la != lb ? la < lb : a < b
        }
    }

    static let keySpecHelp =
        "write a character (\"j\", \"?\"), Ctrl-<letter>, F1-F12, or one of Up, Down, Left, Right, "
        + "PgUp, PgDn, Home, End, Enter, Tab, Shift-Tab, Esc, Space, Backspace, Delete, Insert"
}
