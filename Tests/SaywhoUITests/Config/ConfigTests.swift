import Foundation
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

@Suite struct ConfigTests {
    @Test func everySettingIsRead() {
        let (config, problems) = Config.parse(
            tomlText: """
                # my settings
                theme = "light"
                corpus = "~/news"
                mouse = false

                [keys]
                next-quote = ["n", "Ctrl-N"]
                quit = "Ctrl-Q"
                """, file: "config.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.theme == "light")
        #expect(config.corpus == "~/news")
        #expect(config.corpusPath(environment: ["HOME": "/home/u"]) == "/home/u/news")
        #expect(config.mouse == false)
        #expect(config.keyMap.keys(for: .nextQuote) == [.character("n"), .ctrl("n")])
        #expect(config.keyMap.command(for: .ctrl("n")) == .nextQuote, "the user's binding takes Ctrl-N")
        #expect(config.keyMap.keys(for: .searchNext).isEmpty)
        #expect(config.keyMap.keys(for: .quit) == [.ctrl("q")])
        #expect(config.keyMap.command(for: .character("Q")) == nil)
        #expect(config.keyMap.command(for: .character("j")) == .moveDown, "other defaults stay")
    }

    @Test func minConfidenceIsANumberFromZeroToOne() {
        let (config, problems) = Config.parse(tomlText: "min-confidence = 0.6", file: "c.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(config.minConfidence == 0.6)
        #expect(Config.parse(tomlText: "min-confidence = 1", file: "c.toml").0.minConfidence == 1)
        let (wrong, wrongProblems) = Config.parse(tomlText: "min-confidence = 60", file: "c.toml")
        #expect(wrong.minConfidence == 0, "an out-of-range value keeps the default")
        #expect(
            wrongProblems.map(\.message) == ["c.toml:1: min-confidence: must be a number from 0 to 1, like min-confidence = 0.6"])
        #expect(Config.defaults.minConfidence == 0)
    }

    @Test func emptyFileGivesDefaults() {
        let (config, problems) = Config.parse(tomlText: "", file: "c.toml")
        #expect(problems.isEmpty)
        #expect(config == Config.defaults)
        #expect(config.theme == nil && config.corpus == nil && config.mouse)
    }

    @Test func syntaxErrorGivesFileLineAndDefaults() {
        let (config, problems) = Config.parse(tomlText: "theme = \"light\"\nmouse = \n", file: "c.toml")
        #expect(config == Config.defaults)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2)
        #expect(problems.first?.message.hasPrefix("c.toml:2:") == true)
    }

    @Test func everyProblemIsReportedAndTheGoodIsKept() {
        let (config, problems) = Config.parse(
            tomlText: """
                theme = 3
                corpus = "~/news"
                mouse = "yes"
                colour = "red"
                [keys]
                next-quote = ["x", "Ctrl-!"]
                jump = "J"
                quit = 7
                back = ["Hyper-Q"]
                top = []
                """, file: "c.toml")
        let messages = problems.map(\.message)
        #expect(messages.count == 7, "\(messages)")
        #expect(messages.contains("c.toml:1: theme: must be a string, like theme = \"light\""))
        #expect(messages.contains("c.toml:3: mouse: must be true or false"))
        #expect(
            messages.contains("c.toml:4: colour: unknown setting; settings are theme, corpus, mouse, min-confidence and [keys]"))
        #expect(messages.contains { $0.hasPrefix("c.toml:6: next-quote: unknown key \"Ctrl-!\"") })
        #expect(messages.contains { $0.hasPrefix("c.toml:7: jump: unknown command; commands are down, up,") })
        #expect(messages.contains { $0.hasPrefix("c.toml:8: quit: must be a key or a list of keys") })
        #expect(messages.contains { $0.hasPrefix("c.toml:9: back: unknown key \"Hyper-Q\"") })
        #expect(config.theme == nil)
        #expect(config.corpus == "~/news")
        #expect(config.mouse == true)
        #expect(config.keyMap.keys(for: .nextQuote) == [.character("x")], "the good key of a half-bad list is used")
        #expect(config.keyMap.keys(for: .quit) == [.character("Q")], "a wrong type keeps the default")
        #expect(config.keyMap.keys(for: .back) == [.character("q"), .escape], "all keys bad keeps the default")
        #expect(config.keyMap.keys(for: .top).isEmpty, "an empty list unbinds")
    }

    /// Issue 15, finding 18: a key no key press can send is refused with its line, and the defaults stay.
    @Test func keysThatCannotBePressedAreRefusedWithTheirLine() {
        let (config, problems) = Config.parse(
            tomlText: "[keys]\nup = \"👍🏽\"\ndown = [\"e\u{301}\", \"j\"]\ntop = \"🇫🇷\"\n", file: "c.toml")
        let messages = problems.map(\.message)
        #expect(messages.count == 3, "\(messages)")
        #expect(
            messages.contains(
                "c.toml:2: up: \"👍🏽\" cannot be pressed: it is 2 code points (U+1F44D U+1F3FD), and a key press sends one"))
        #expect(
            messages.contains { $0.hasPrefix("c.toml:3: down: \"e\u{301}\" cannot be pressed: it is 2 code points (U+65 U+301)") }
        )
        #expect(messages.contains { $0.hasPrefix("c.toml:4: top: \"🇫🇷\" cannot be pressed") })
        #expect(config.keyMap.keys(for: .moveUp) == KeyMap.defaults.keys(for: .moveUp), "the defaults stay bound")
        #expect(config.keyMap.keys(for: .moveDown) == [.character("j")])
        #expect(Key(spec: "👍🏽") == nil)
        #expect(Key(spec: "漢") == .character("漢"))
        #expect(Key(spec: "é") == .character("é"))
    }

    /// Found by Scripts/fuzz.sh (config): a header key toml++ cannot start aborted saywho on its assertion.
    @Test(arguments: [
        "[\n", "[\r\nx = 1\n", "[ \\]\n", "theme = \"light\"\n\n[[ %]]\n", "[#]\n", "\t[*keys]\n", "[[[[\n", "\u{FEFF}[[[\n",
    ])
    func aTableHeaderTOMLCannotReadIsASyntaxErrorNotACrash(text: String) {
        let (config, problems) = Config.parse(tomlText: text, file: "c.toml")
        #expect(config == Config.defaults)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("a table header's name must start with") == true, "\(problems)")
    }

    @Test func headersAndBracketsTOMLReadsAreLeftToIt() {
        let text =
            "# [ not a header\nkeys_note = \"\"\"\n[ \\] in a string\n\"\"\"\nlist = [\n  [ 1 ],\n  { x = 1 },\n]\n[keys]\nup = 'k'\n"
        #expect(TOMLHeaderCheck.problem(in: text) == nil)
        #expect(TOMLHeaderCheck.problem(in: "a = 1\n  [ \\]\n").map { [$0.line, $0.column] } == [2, 5])
        #expect(TOMLHeaderCheck.problem(in: "a = [ {x = 1}, [2], ]\n[[x]]\nb = { c = [1, 2] }\n") == nil)
    }

    /// Found by Scripts/fuzz.sh (theme): a `}` where an array's next value should be aborted saywho inside toml++.
    @Test(arguments: ["[keys]\nup = [}\n", "[keys]\nup = [\"k\", }\n", "[keys]\nup = [\n  \"k\", # comment\n  }\n"])
    func aBraceAsAnArrayValueIsASyntaxErrorNotACrash(text: String) {
        let (config, problems) = Config.parse(tomlText: text, file: "c.toml")
        #expect(config == Config.defaults)
        #expect(problems.map(\.message).first?.contains("expected a value or ] in the array, saw }") == true, "\(problems)")
    }

    @Test func aKeyBoundTwiceTakesTheLaterLine() {
        let (config, problems) = Config.parse(
            tomlText: """
                [keys]
                top = "x"
                bottom = "x"
                """, file: "c.toml")
        #expect(problems.isEmpty)
        #expect(config.keyMap.command(for: .character("x")) == .bottom)
        #expect(config.keyMap.keys(for: .top).isEmpty)
        let (reversed, _) = Config.parse(tomlText: "[keys]\nbottom = \"x\"\ntop = \"x\"\n", file: "c.toml")
        #expect(reversed.keyMap.command(for: .character("x")) == .top)
    }

    @Test func filesLoadFromTheXDGFolder() throws {
        let folder = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["XDG_CONFIG_HOME": folder.path, "HOME": "/nonexistent"]
        #expect(Config.standardFile(environment: environment).path == folder.path + "/saywho/config.toml")
        #expect(Config.standardFile(environment: ["HOME": "/home/u"]).path == "/home/u/.config/saywho/config.toml")
        #expect(Config.loadStandard(environment: environment).problems.isEmpty, "no file is not a problem")
        let file = Config.standardFile(environment: environment)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "theme = \"high-contrast\"\nmouse = 1\n".write(to: file, atomically: true, encoding: .utf8)
        let (config, problems) = Config.loadStandard(environment: environment)
        #expect(config.theme == "high-contrast")
        #expect(problems.map(\.message) == ["\(file.path):2: mouse: must be true or false"])
    }
}

/// What the reader says about a config file with problems.
@Suite struct ConfigSummaryTests {
    @Test func severalProblemsGiveTheCountAndTheFirstInFull() {
        let (_, problems) = Config.parse(
            tomlText: "theme = 3\nmouse = \"yes\"\n[keys]\njump = \"J\"\n", file: "/home/someone/.config/saywho/config.toml")
        #expect(problems.count == 3)
        #expect(
            ConfigError.summary(of: problems)
                == "3 config problems, first: config.toml:1: theme: must be a string, like theme = \"light\" "
                + "(defaults used; saywho config check lists all)")
        #expect(ConfigError.summary(of: Array(problems.prefix(1)))?.hasSuffix("like theme = \"light\" (default used)") == true)
        #expect(ConfigError.summary(of: []) == nil)
    }
}
