import SaywhoCore

extension Key {
    /// The key a config file names: "j", "Down", "Ctrl-F", "PgDn", "Shift-Tab", "Esc", "Space", "F1"…"F12".
    ///
    /// A single character stands for itself, case and all ("n" and "N" differ); names and the
    /// `Ctrl-` prefix ignore case ("pgdn", "ctrl-f", "C-f" and "^F" work too). A character
    /// made of several code points (an emoji with a skin tone, a letter and a combining accent)
    /// is no key: no key press sends it. Ctrl-H, Ctrl-I,
    /// Ctrl-J and Ctrl-M are the keys terminals send them as: Backspace, Tab, Enter, Enter.
    public init?(spec: String) {
        let trimmed = spec.trimmingCharacters(in: .whitespaces)
        if spec.count == 1, let c = spec.first {
            // A terminal sends one code point a key press: a cluster of several (👍🏽, e + ◌́) is never pressed.
            guard c.unicodeScalars.count == 1, !Sanitizer.isUnsafe(c.unicodeScalars.first!) else { return nil }
            self = .character(c)
            return
        }
        guard !trimmed.isEmpty else { return nil }
        let lower = trimmed.lowercased()
        for prefix in ["ctrl-", "ctrl+", "control-", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, ("a"..."z").contains(letter) else { return nil }
            switch letter {
            case "h": self = .backspace
            case "i": self = .tab
            case "j", "m": self = .enter
            default: self = .ctrl(letter)
            }
            return
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n), !lower.hasPrefix("f0") {
            self = .function(n)
            return
        }
        guard let named = Key.named[lower] else { return nil }
        self = named
    }

    /// The name `init(spec:)` reads back: "Ctrl-F", "PgDn", "Shift-Tab", "Enter", "Space", "j".
    public var spec: String {
        switch self {
        case .character(let c): return c == " " ? "Space" : String(c)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .insert: return "Insert"
        case .ctrl(let c): return "Ctrl-" + c.uppercased()
        case .function(let n): return "F\(n)"
        case .resize: return "Resize"
        case .wheelUp: return "WheelUp"
        case .wheelDown: return "WheelDown"
        case .click: return "Click"
        }
    }

    /// Key names in lower case; several spellings of one key are allowed.
    private static let named: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pgdown": .pageDown, "pagedown": .pageDown,
        "home": .home, "end": .end,
        "enter": .enter, "return": .enter, "tab": .tab, "shift-tab": .backTab, "shift+tab": .backTab,
        "backtab": .backTab, "esc": .escape, "escape": .escape, "space": .character(" "),
        "backspace": .backspace, "delete": .delete, "del": .delete, "insert": .insert, "ins": .insert,
    ]
}
