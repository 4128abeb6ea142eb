import SaywhoUI

/// The command line's tables are SaywhoUI's `TextTable`: cells measure, cut and
/// sanitize exactly as they do on the reader's screen.
typealias Table = TextTable
