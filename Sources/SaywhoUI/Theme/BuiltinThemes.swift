// The texts of Themes/default.toml and Themes/mono.toml, compiled in so saywho
// starts without its theme folder (mono being the NO_COLOR choice); a test
// keeps them equal to the files.

/// Themes compiled into the binary.
enum BuiltinThemes {
    /// The TOML text of the `default` theme.
    static let defaultTOML = #"""
# saywho default theme: for dark terminals.
# Format: see docs/themes.md. Colours: names, 0-255 or "#RRGGBB".
description = "Dark background, soft colours"

[roles]
text = { fg = "default", bg = "default" }
dim = { fg = "bright-black" }
border = { fg = "#5f87af" }
title = { fg = "bright-white", bold = true }
selection = { fg = "black", bg = "#87afd7" }
quote = { fg = "#ffd787" }
current_quote = { fg = "black", bg = "#ffd75f", bold = true }
speaker = { fg = "#87d787", bold = true }
channel = { fg = "#d7afff" }
cue = { fg = "#87d7d7", italic = true }
bookmark = { fg = "#ff8787", bold = true }
search_match = { fg = "black", bg = "#ffaf00" }
status_bar = { fg = "black", bg = "#bcbcbc" }
error = { fg = "bright-white", bg = "red", bold = true }

[speakers]
palette = ["#5fafff", "#87d75f", "#ffaf5f", "#d787d7", "#5fd7d7", "#ff875f", "#afaf5f", "#af87ff"]

"""#

    /// The TOML text of the `mono` theme.
    static let monoTOML = #"""
# saywho mono theme: no colours, attributes only. Chosen when NO_COLOR is set
# or the terminal has no colours.
description = "No colour: bold, underline and reverse only"

[roles]
text = { fg = "default", bg = "default" }
dim = { dim = true }
border = {}
title = { bold = true }
selection = { reverse = true }
quote = { bold = true }
current_quote = { reverse = true, bold = true }
speaker = { underline = true }
channel = { underline = true }
cue = { italic = true }
bookmark = { bold = true, underline = true }
search_match = { reverse = true, underline = true }
status_bar = { reverse = true }
error = { reverse = true, bold = true }

[speakers]
palette = []

"""#

    /// The compiled-in TOML text of a theme, by name.
    static func text(named name: String) -> String? {
        switch name {
        case "default": return defaultTOML
        case "mono": return monoTOML
        default: return nil
        }
    }
}
