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
    /// For `.word` tokens: true when every scalar is ASCII or `’`, so the word folded to lower
    /// case has one byte per scalar and `key` was computed from the scalars directly.
    var plain: Bool = false
    /// For `.word` tokens: the first scalar is upper case (`Scalars.isUpper`), read once here
    /// since the rules and the resolver ask it of nearly every word.
    var capitalized: Bool = false
    /// For `.word` tokens: `WordSet.hash` of the word folded to lower case (`Tokenizer.lowered`).
    var key: UInt64 = 0
    /// For `.quote` tokens: the candidate index and its segment index.
    var quote: Int32 = -1
    var segment: Int32 = -1
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
    ///
    /// Each word's folded hash is computed on the way (one pass, no String), so the rules can
    /// look words up in the lexicon without building them.
    func tokens(in range: TextRange, segments: [(range: TextRange, quote: Int, segment: Int)]) -> [Token] {
        scalars.withUnsafeBufferPointer { scalars in
            var out: [Token] = []
            // About five scalars a token in news text; room for more, so few lists grow.
            out.reserveCapacity(range.length / 4 + 4)
            var i = range.start
            var next = 0
            var segmentStart = segments.isEmpty ? Int.max : segments[0].range.start
            while i < range.end {
                if i >= segmentStart {
                    let seg = segments[next]
                    out.append(Token(start: seg.range.start, end: seg.range.end, kind: .quote, quote: Int32(seg.quote), segment: Int32(seg.segment)))
                    i = max(i, seg.range.end)
                    next += 1
                    segmentStart = next < segments.count ? segments[next].range.start : Int.max
                    continue
                }
                let s = scalars[i]
                if Scalars.isSpace(s) {
                    i += 1
                    continue
                }
                guard Scalars.isWordScalar(s) else {
                    out.append(Token(start: i, end: i + 1, kind: .punctuation))
                    i += 1
                    continue
                }
                let start = i
                var fold = Fold()
                fold.add(s)
                i += 1
                let stop = min(range.end, segmentStart)
                while i < stop {
                    // ASCII letters and digits, nearly every scalar of a word, eight at a time with
                    // no branch on where the run ends: a bit for each scalar that is one, its byte
                    // folded to lower case (a digit has the case bit 0x20 set already).
                    while i &+ 8 <= stop {
                        var isWord: UInt64 = 0
                        var bytes: UInt64 = 0
                        for j in 0..<8 {
                            let v = scalars[i &+ j].value
                            let folded = v | 0x20
                            let letter: UInt64 = folded &- 0x61 < 26 ? 1 : 0
                            let digit: UInt64 = v &- 0x30 < 10 ? 1 : 0
                            isWord |= (letter | digit) &<< UInt64(j)
                            bytes |= UInt64(folded & 0xFF) &<< UInt64(j &* 8)
                        }
                        let n = UInt64((~isWord).trailingZeroBitCount)
                        fold.hasher.add(n == 8 ? bytes : bytes & ((1 &<< (n &* 8)) &- 1), count: n)
                        i &+= Int(n)
                        if n < 8 { break }
                    }
                    while i < stop {
                        let v = scalars[i].value
                        guard Scalars.isASCIIWord(v) else { break }
                        fold.hasher.add(UInt8(truncatingIfNeeded: v | 0x20))
                        i += 1
                    }
                    guard i < stop else { break }
                    let c = scalars[i]
                    if Scalars.isWordScalar(c) || c.value == 0x200D {
                        fold.add(c)
                        i += 1
                    } else if (Scalars.isApostrophe(c) || c == "-" || c == "." || c == "&"), i + 1 < range.end,
                        Scalars.isWordScalar(scalars[i + 1])
                    {
                        fold.add(c)
                        fold.add(scalars[i + 1])
                        i += 2
                    } else {
                        break
                    }
                }
                // A trailing full stop belongs to abbreviations and initials (Sen., J.).
                if i < range.end, scalars[i] == ".", i < segmentStart {
                    let length = i - start
                    if length == 1 && Scalars.isUpper(scalars[start]) {
                        fold.add(".")
                        i += 1
                    } else if length <= 5,
                        fold.plain
                            ? Tokenizer.abbreviations.contains(hash: fold.hasher.value, folding: scalars, start, i)
                            : Tokenizer.abbreviations.contains(lowered(start, i))
                    {
                        fold.add(".")
                        i += 1
                    }
                }
                let key = fold.plain ? fold.hasher.value : WordSet.hash(lowered(start, i))
                out.append(Token(start: start, end: i, kind: .word, plain: fold.plain, capitalized: Scalars.isUpper(s), key: key))
            }
            return out
        }
    }

    /// The running hash of a word folded to lower case, while it is plain (ASCII or `’`).
    struct Fold {
        var hasher = WordHasher()
        var plain = true

        @inline(__always) mutating func add(_ s: Unicode.Scalar) {
            let v = s.value
            if v < 0x80 {
                hasher.add(UInt8(v >= 0x41 && v <= 0x5A ? v + 32 : v))
            } else if v == 0x2019 {
                hasher.add(UInt8(ascii: "'"))
            } else {
                plain = false
            }
        }
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
