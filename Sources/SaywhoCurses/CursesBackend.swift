import CNCursesW
import SaywhoUI

/// Turns cell buffers into ncursesw calls.
public enum SaywhoCurses {}
