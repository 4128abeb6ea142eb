import SaywhoCore

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
                    out.append(
                        Token(
                            start: seg.range.start, end: seg.range.end, kind: .quote, quote: Int32(seg.quote),
                            segment: Int32(seg.segment)))
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
                        let (n, bytes) = Tokenizer.asciiWordRun(UnsafeRawPointer(scalars.baseAddress! + i))
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
                    } else if Scalars.isApostrophe(c) || c == "-" || c == "." || c == "&", i + 1 < range.end,
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
                            ? Lexicon.abbreviations.contains(hash: fold.hasher.value, folding: scalars, start, i)
                            : Lexicon.abbreviations.contains(lowered(start, i))
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

    /// How many of the eight scalars at `raw` (0 to 8) are ASCII letters or digits before the
    /// first that is not, and their bytes folded to lower case (the first scalar's lowest;
    /// bytes from the count on are not meaningful). SWAR, without a branch: the scalars' low
    /// bytes are packed into one word, each marked (bit 7) when its scalar is beyond ASCII,
    /// then every byte is tested against the letter and digit ranges at once.
    @inline(__always) static func asciiWordRun(_ raw: UnsafeRawPointer) -> (count: UInt64, bytes: UInt64) {
        var bytes: UInt64 = 0
        for k in 0..<4 {
            // Two scalars, little-endian: bits 0-31 and 32-63.
            let w = raw.loadUnaligned(fromByteOffset: k &* 8, as: UInt64.self)
            // Bit 31 of a half set when its scalar is above 0xFF (no carry crosses the halves:
            // scalars stay below 2^21), moved to bit 7 of its low byte.
            let wide = ((w & 0xFFFF_FF00_FFFF_FF00) &+ 0x7FFF_FFFF_7FFF_FFFF) & 0x8000_0000_8000_0000
            let low = w & 0x0000_00FF_0000_00FF | wide &>> 24
            bytes |= ((low | low &>> 24) & 0xFFFF) &<< UInt64(k &* 16)
        }
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7 = bytes & ~high
        let folded = low7 | 0x2020_2020_2020_2020
        // Bit 7 of (byte + 0x80 - bound) is set when the byte (below 0x80) is at least bound.
        let letter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
        let digit = (low7 &+ 0x5050_5050_5050_5050) & ~(low7 &+ 0x4646_4646_4646_4646)
        let word = (letter | digit) & ~bytes & high
        return (UInt64((~word & high).trailingZeroBitCount &>> 3), folded)
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
        ScalarText.string(scalars, start, end)
    }
}
