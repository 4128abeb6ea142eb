/// A word, a punctuation mark, or a whole quotation, in the text around quotations.
struct Token: Hashable, Sendable {
    enum Kind: UInt8, Hashable, Sendable {
        case word
        case punctuation
        /// A quotation segment standing as one token; `quote` and `segment` say which.
        case quote
    }

    var start: Int
    var end: Int
    var kind: Kind
    /// For `.quote` tokens: the candidate index and its segment index.
    var quote: Int = -1
    var segment: Int = -1
}

/// Splits paragraphs into tokens, each quotation segment collapsed into one token.
struct Tokenizer {
    let scalars: [Unicode.Scalar]

    /// Abbreviations whose trailing full stop belongs to the word.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
        "pres", "prof", "rev", "st", "jr", "sr", "sens", "reps", "atty", "supt", "insp", "det", "hon", "amb",
        "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "inc", "corp", "co", "ltd", "no", "vs",
        "u.s", "u.n", "u.k", "d.c", "e.u", "a.m", "p.m", "calif", "fla", "mass", "penn", "ill", "wash", "ariz",
    ]

    /// Tokens of `range`; `segments` are the quotation segments inside it, sorted, with their ids.
    func tokens(in range: TextRange, segments: [(range: TextRange, quote: Int, segment: Int)]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(range.length / 5)
        var i = range.start
        var next = 0
        while i < range.end {
            if next < segments.count, i >= segments[next].range.start {
                let seg = segments[next]
                out.append(Token(start: seg.range.start, end: seg.range.end, kind: .quote, quote: seg.quote, segment: seg.segment))
                i = max(i, seg.range.end)
                next += 1
                continue
            }
            let s = scalars[i]
            if Scalars.isSpace(s) {
                i += 1
                continue
            }
            if Scalars.isWordScalar(s) {
                let start = i
                i += 1
                while i < range.end {
                    if next < segments.count, i >= segments[next].range.start { break }
                    let c = scalars[i]
                    if Scalars.isWordScalar(c) || c.value == 0x200D {
                        i += 1
                    } else if (Scalars.isApostrophe(c) || c == "-" || c == "." || c == "&"), i + 1 < range.end,
                        Scalars.isWordScalar(scalars[i + 1])
                    {
                        i += 2
                    } else {
                        break
                    }
                }
                // A trailing full stop belongs to abbreviations and initials (Sen., J.).
                if i < range.end, scalars[i] == ".", !(next < segments.count && i >= segments[next].range.start) {
                    let length = i - start
                    if length == 1 && Scalars.isUpper(scalars[start]) {
                        i += 1
                    } else if length <= 5, Tokenizer.abbreviations.contains(lowered(start, i)) {
                        i += 1
                    }
                }
                out.append(Token(start: start, end: i, kind: .word))
                continue
            }
            out.append(Token(start: i, end: i + 1, kind: .punctuation))
            i += 1
        }
        return out
    }

    /// The scalars of `start..<end` folded to lower case, `’` as `'` (ASCII fast path, no
    /// intermediate scalar view: this runs for most words of every article).
    func lowered(_ start: Int, _ end: Int) -> String {
        var ascii = true
        for k in start..<end where scalars[k].value >= 0x80 && scalars[k] != "\u{2019}" {
            ascii = false
            break
        }
        if ascii {
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for k in start..<end {
                    let v = scalars[k].value
                    buffer[k - start] = v == 0x2019 ? UInt8(ascii: "'") : UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v)
                }
                return end - start
            }
        }
        var view = String.UnicodeScalarView()
        for k in start..<end {
            let s = scalars[k]
            if s == "\u{2019}" {
                view.append("'")
            } else if s.value < 0x80 {
                view.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value + 32)! : s)
            } else {
                view.append(contentsOf: String(s).lowercased().unicodeScalars)
            }
        }
        return String(view)
    }

    /// The text of `start..<end`, encoded straight into a new string's storage.
    func text(_ start: Int, _ end: Int) -> String {
        Scalars.string(scalars, start, end)
    }
}
