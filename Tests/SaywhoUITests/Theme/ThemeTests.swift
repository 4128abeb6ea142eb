import Foundation
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

@Suite struct ThemeTests {
    private let themes = TestPaths.packageRoot.appendingPathComponent("Themes")

    @Test func shippedThemesAllParse() throws {
        let catalog = ThemeCatalog(searchPaths: [themes])
        for name in ["default", "light", "high-contrast", "mono"] {
            let theme = try catalog.load(named: name)
            #expect(theme.name == name)
            #expect(Set(theme.roles.keys) == Set(Role.allCases), "\(name) sets every role")
        }
        #expect(Set(catalog.availableThemeNames()).isSuperset(of: ["default", "light", "high-contrast", "mono"]))
    }

    @Test func everyShippedThemeIsBuiltInByteForByte() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: themes.path).filter { $0.hasSuffix(".toml") }
        let shipped = files.map { String($0.dropLast(5)) }.sorted()
        #expect(shipped == ["default", "high-contrast", "light", "mono"])
        #expect(BuiltinThemes.names == shipped, "a theme added to Themes/ needs its line in BuiltinThemes")
        // With no folder to search, as for a binary copied out of the build, all of them load.
        let bare = ThemeCatalog(searchPaths: [])
        #expect(bare.availableThemeNames() == shipped)
        for name in shipped {
            let file = try Data(contentsOf: themes.appendingPathComponent("\(name).toml"))
            #expect(BuiltinThemes.files[name].map { Data($0) } == file, "\(name) is the file's bytes")
            let theme = try bare.load(named: name)
            #expect(theme.name == name)
            #expect(Set(theme.roles.keys) == Set(Role.allCases), "\(name) sets every role")
        }
        #expect(Theme.builtinDefault.roles.count == Role.allCases.count)
    }

    @Test func rolesResolveWithSpeakersAndEmphasis() throws {
        let theme = try Theme(
            tomlText: """
                [roles]
                text = { fg = "white" }
                quote = { fg = "yellow", bold = true }
                [speakers]
                palette = ["red", 34, "#00ff00"]
                """, name: "t", file: "t.toml")
        #expect(theme.resolve(CellStyle(.quote)) == RoleStyle(foreground: .indexed(3), bold: true))
        #expect(theme.resolve(CellStyle(.quote, speaker: 4)).foreground == .indexed(34))
        #expect(theme.resolve(CellStyle(.speaker, speaker: 2)).foreground == .rgb(0, 255, 0))
        #expect(theme.resolve(CellStyle(.bookmark, emphasis: .underline)) == RoleStyle(foreground: .indexed(7), underline: true))
    }

    /// Found by Scripts/fuzz.sh (theme): `[*…` as a header, and a `}` as a palette's value, aborted saywho inside toml++.
    @Test(arguments: [
        (
            "name = \"x\"\n[roles]\ntext = { fg = \"red\" }\n[*olRGGBB\".es]\n",
            "bad.toml:4:2: a table header's name must start with"
        ),
        ("[speakers]\npalette = [\"#6fafff\", \"#87075f\", }\n", "bad.toml:2:34: expected a value or ] in the array, saw }"),
    ])
    func whatTOMLWouldAbortOnIsASyntaxError(text: String, message: String) {
        #expect {
            _ = try Theme(tomlText: text, name: "bad", file: "bad.toml")
        } throws: { error in
            (error as? ThemeError)?.message.hasPrefix(message) == true
        }
    }

    @Test func syntaxErrorsGiveFileLineAndReason() {
        let text = "[roles]\ntext = { fg = \"red\" }\nquote = { fg = \n"
        #expect(throws: ThemeError.self) { try Theme(tomlText: text, name: "bad", file: "bad.toml") }
        do {
            _ = try Theme(tomlText: text, name: "bad", file: "bad.toml")
        } catch {
            #expect(error.file == "bad.toml")
            #expect(error.line == 3)
            #expect(error.message.hasPrefix("bad.toml:3:"))
        }
    }

    @Test func badValuesGiveFileLineAndReason() {
        func failure(_ text: String) -> ThemeError? {
            do {
                _ = try Theme(tomlText: text, name: "bad", file: "bad.toml")
                return nil
            } catch { return error }
        }
        let colour = failure("# header\n[roles]\ntext = {}\nquote = { fg = \"pink\" }\n")
        #expect(colour?.line == 4)
        #expect(colour?.message.hasPrefix("bad.toml:4: roles.quote: fg \"pink\" is not a colour") == true)
        let role = failure("[roles]\n\nheadline = \"red\"\n")
        #expect(role?.line == 3)
        #expect(role?.reason.contains("unknown role") == true)
        let flag = failure("[roles]\ntitle = { bold = \"yes\" }\n")
        #expect(flag?.message == "bad.toml:2: roles.title: bold must be true or false")
        let palette = failure("[speakers]\npalette = [\"red\", \"nope\"]\n")
        #expect(palette?.line == 2)
        #expect(palette?.reason.contains("entry 2") == true)
        let topLevel = failure("colour = 1\n")
        #expect(topLevel?.line == 1)
    }

    @Test func brokenThemeFallsBackToDefault() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("saywho-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "[roles]\nquote = { fg = \"nope\" }\n".write(
            to: folder.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(searchPaths: [folder])
        #expect(
            catalog.availableThemeNames() == ["broken", "default", "high-contrast", "light", "mono"],
            "a folder adds to the built-in themes")
        let (theme, error) = catalog.loadOrDefault(named: "broken")
        #expect(theme.name == "default")
        #expect(error?.line == 2)
        #expect(error?.file.hasSuffix("broken.toml") == true)
        #expect(catalog.loadOrDefault(named: "missing").error == .notFound(name: "missing", searched: [folder.path]))
        #expect((try? catalog.load(named: "../etc/passwd")) == nil)
    }

    @Test func catalogSearchOrder() {
        let catalog = ThemeCatalog.standard(
            environment: ["SAYWHO_THEMES": "/a/themes", "XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"],
            executable: TestPaths.packageRoot.appendingPathComponent(".build/debug/saywho"))
        #expect(catalog.searchPaths.map(\.path) == ["/a/themes", "/cfg/saywho/themes", themes.path])
        let homeOnly = ThemeCatalog.standard(environment: ["HOME": "/home/u"], executable: nil)
        #expect(homeOnly.searchPaths.map(\.path) == ["/home/u/.config/saywho/themes"])
        #expect(ThemeCatalog.themesFolder(above: URL(fileURLWithPath: "/nonexistent/bin/saywho")) == nil)
    }

    @Test func noColorSelectsMono() {
        #expect(
            ThemeCatalog.preferredThemeName(requested: "light", environment: ["NO_COLOR": "1"], terminalHasColors: true) == "mono"
        )
        #expect(
            ThemeCatalog.preferredThemeName(requested: "light", environment: ["NO_COLOR": ""], terminalHasColors: true) == "light"
        )
        #expect(ThemeCatalog.preferredThemeName(requested: nil, environment: [:], terminalHasColors: false) == "mono")
        #expect(ThemeCatalog.preferredThemeName(requested: nil, environment: [:], terminalHasColors: true) == "default")
    }
}
