/// Finds what TOMLKit's parser (toml++) would abort on instead of reporting.
///
/// toml++ asserts, and so kills saywho, when a table header's key starts with a character
/// that cannot start a key (`[ \]`, `[#]`, `[[[`, `[` alone on its line), and when a `}`
/// stands where an array's next value should (`[}`, `[1, }`). The fuzzer found both; this
/// check finds them first, so the file gets the syntax error any other bad line gets. It walks
/// the text as TOML's lexer does: strings and comments are skipped, and a `[` opens a table
/// header only at the start of a line outside any value's brackets.
public enum TOMLHeaderCheck {
    /// The reason given for such a header.
    public static let headerReason = "a table header's name must start with a letter, a digit, _, - or a quote"
    /// The reason given for a `}` as an array's value.
    public static let arrayReason = "expected a value or ] in the array, saw }"

    /// The line and column (from 1) of a header key toml++ cannot start to read, or of a `}` as an array's value; nil for neither.
    public static func problem(in text: String) -> (line: Int, column: Int, reason: String)? {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var line = 1
        var lineStart = 0
        // The brackets open in the value being read, and whether a value of an array comes next.
        var open: [Unicode.Scalar] = []
        var arrayValueNext = false
        var atLineStart = true
        func at(_ k: Int) -> Unicode.Scalar? { k < scalars.count ? scalars[k] : nil }
        func skipString(quote: Unicode.Scalar, escapes: Bool) {
            let triple = at(i + 1) == quote && at(i + 2) == quote
            i += triple ? 3 : 1
            while let c = at(i) {
                if escapes && c == "\\" {
                    i += 2
                    continue
                }
                if c == "\n" {
                    guard triple else { return }
                    line += 1
                    lineStart = i + 1
                } else if c == quote && (!triple || (at(i + 1) == quote && at(i + 2) == quote)) {
                    i += triple ? 3 : 1
                    return
                }
                i += 1
            }
        }
        while let c = at(i) {
            switch c {
            case "\n":
                line += 1
                lineStart = i + 1
                atLineStart = true
                i += 1
                continue
            case " ", "\t", "\r", "\u{FEFF}":
                // toml++ skips a byte-order mark at the start as it skips spaces.
                i += 1
                continue
            case "#":
                while let d = at(i), d != "\n" { i += 1 }
                continue
            case "}" where arrayValueNext:
                // toml++ asserts on a `}` where an array's next value should be: `[}`, `[1, }`.
                return (line, i - lineStart + 1, arrayReason)
            case "\"", "'":
                skipString(quote: c, escapes: c == "\"")
            case "[" where open.isEmpty && atLineStart:
                var k = i + 1
                if at(k) == "[" { k += 1 }
                while at(k) == " " || at(k) == "\t" { k += 1 }
                if let key = at(k), !canStartKey(key) || (key == "[" && at(i + 1) == "[") {
                    return (line, k - lineStart + 1, headerReason)
                }
                // The header's own brackets and quoted keys end with its line.
                while let d = at(i), d != "\n" { i += 1 }
                continue
            case "[", "{":
                open.append(c)
                i += 1
                atLineStart = false
                arrayValueNext = c == "["
                continue
            case "]", "}":
                if !open.isEmpty { open.removeLast() }
                i += 1
            case ",":
                i += 1
                atLineStart = false
                arrayValueNext = open.last == "["
                continue
            default:
                i += 1
            }
            atLineStart = false
            arrayValueNext = false
        }
        return nil
    }

    /// What toml++ reads a header's key from, or reports on itself (`]`, a second `[`).
    private static func canStartKey(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
            || ["_", "-", "\"", "'", "]", "["].contains(c)
    }
}
