import SaywhoCore

/// A key press or terminal event, as the backend reads it.
public enum Key: Hashable, Sendable {
    /// A printable character (never a control character).
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace, delete, insert
    /// Ctrl and a letter, given in lower case ("a"…"z"); Ctrl-I, Ctrl-M and Ctrl-[ arrive as tab, enter and escape.
    case ctrl(Character)
    /// A function key, F1 to F63.
    case function(Int)
    /// The terminal changed size; the backend has already taken the new size.
    case resize
    /// The mouse wheel turned over column `x`, row `y`.
    case wheelUp(x: Int, y: Int)
    case wheelDown(x: Int, y: Int)
    /// A mouse click at column `x`, row `y`.
    case click(x: Int, y: Int)

    /// The key for a character code read from the terminal (not a special key code).
    public static func fromCharacterCode(_ code: UInt32) -> Key? {
        switch code {
        case 0x09: return .tab
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x08, 0x7F: return .backspace
        case 0x01...0x1A: return .ctrl(Character(Unicode.Scalar(UInt8(code + 0x60))))
        case 0x00...0x1F, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code), !Sanitizer.isUnsafe(scalar) else { return nil }
            return .character(Character(scalar))
        }
    }
}
