import CNCursesW
import SaywhoUI

/// Turns what `wget_wch` returns into ``Key`` values.
enum KeyDecoder {
    /// The key for a special key code (`wget_wch` returned KEY_CODE_YES), mouse events aside.
    static func key(forKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_RESIZE: return .resize
        default:
            let f0 = saywho_key_f(0)
            if code > f0 && code <= f0 + 63 { return .function(Int(code - f0)) }
            return nil
        }
    }

    /// The key for a mouse event's button state and position, when mouse reporting is on.
    static func key(forMouse state: mmask_t, x: Int32, y: Int32) -> Key? {
        if state & saywho_button4_pressed() != 0 { return .wheelUp(x: Int(x), y: Int(y)) }
        if saywho_button5_pressed() != 0 && state & saywho_button5_pressed() != 0 { return .wheelDown(x: Int(x), y: Int(y)) }
        if state & (saywho_button1_pressed() | saywho_button1_clicked()) != 0 { return .click(x: Int(x), y: Int(y)) }
        return nil
    }
}
