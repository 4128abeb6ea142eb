import Testing

@testable import SaywhoUI

@Suite struct KeySpecTests {
    @Test func specsParse() {
        let cases: [(String, Key)] = [
            ("j", .character("j")), ("N", .character("N")), ("?", .character("?")), (" ", .character(" ")),
            ("Space", .character(" ")), ("é", .character("é")), ("Down", .down), ("up", .up), ("Left", .left),
            ("Ctrl-F", .ctrl("f")), ("ctrl-f", .ctrl("f")), ("Ctrl+F", .ctrl("f")), ("C-f", .ctrl("f")), ("^F", .ctrl("f")),
            ("PgDn", .pageDown), ("PageDown", .pageDown), ("PgUp", .pageUp), ("PageUp", .pageUp), ("Home", .home),
            ("End", .end), ("Enter", .enter), ("Return", .enter), ("Tab", .tab), ("Shift-Tab", .backTab),
            ("BackTab", .backTab), ("Esc", .escape), ("Escape", .escape), ("F1", .function(1)), ("f12", .function(12)),
            ("Backspace", .backspace), ("Delete", .delete), ("Ctrl-I", .tab), ("Ctrl-M", .enter), ("Ctrl-H", .backspace),
        ]
        for (spec, key) in cases { #expect(Key(spec: spec) == key, "\(spec)") }
    }

    @Test func badSpecsAreRejected() {
        for spec in ["", "jj", "Ctrl-", "Ctrl-FF", "Ctrl-1", "F0", "F13", "F01", "Hyper-X", "\u{1B}", "\t", "PgDnn"] {
            #expect(Key(spec: spec) == nil, "\(spec.debugDescription)")
        }
    }

    @Test func everyBindableKeyRoundTrips() {
        var keys: [Key] = [
            .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape,
            .backspace, .delete, .insert, .character("j"), .character(" "), .character("]"),
        ]
        keys += (1...12).map(Key.function)
        keys += "abcdefgklnopqrstuvwxyz".map(Key.ctrl)
        for key in keys {
            #expect(Key(spec: KeyMap.describe(key)) == key, "\(KeyMap.describe(key))")
        }
        #expect(KeyMap.describe(.ctrl("f")) == "Ctrl-F")
        #expect(KeyMap.describe(.pageDown) == "PgDn")
        #expect(KeyMap.describe(.backTab) == "Shift-Tab")
        #expect(KeyMap.describe(.enter) == "Enter")
    }
}
