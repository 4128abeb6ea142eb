import SaywhoCore

/// A run of quoted text found by the scanner, before anyone is attributed.
struct QuoteCandidate: Hashable, Sendable {
    /// One range per paragraph, quotation marks included.
    var segments: [TextRange]
    /// False when the last segment ends at a paragraph end without a closing mark
    /// and the next paragraph does not go on with the quote.
    var closed: Bool
    var kind: QuoteKind
    /// The family of marks, for the rules that care (straight marks are ambiguous).
    var family: QuoteScanner.Family
}

/// Finds quotation-mark spans paragraph by paragraph in linear time.
///
/// Single quotation marks only nest inside double ones: at the top level `‘` and
/// `’` are apostrophes far more often than quotes (Kanye West‘s, ’90s, rock ’n’ roll).
/// British style is the exception: in an article whose `‘` opening a word outnumber its
/// double opening marks (two at least), `‘…’` are the quotation marks, and a `’` closes
/// one only at a word's end (`don’t`, `Okafor’s` go on; `farmers’ margins` goes on when
/// a later `’` can close).
/// A quote left open at a paragraph end goes on when the next paragraph opens with a
/// mark of the same family (the news convention for statements over several
/// paragraphs); otherwise it stops at the paragraph end, so an unclosed mark never
/// swallows the rest of the article.
struct QuoteScanner {
    enum Family: UInt8, Hashable, Sendable {
        case curly, straight, guillemet, lowHigh, corner, whiteCorner, doubledApostrophe, block
        /// »…«, as German and some Nordic presses print them.
        case reversedGuillemet
        /// A dialogue turn after an em dash (`Scanning/DashDialogue`).
        case dash
        /// ‘…’ as the main marks, in British style (see the type's notes).
        case single
        /// A transcript's turn printed without marks: the paragraph after a label (`TranscriptLabel`).
        case transcript
    }

    let scalars: [Unicode.Scalar]
    let paragraphs: [TextRange]

    /// Whether single marks quote at the top level (British style), decided the first time a `‘`
    /// could open a quote: most articles never ask, and never pay for the pass over the text.
    private final class Style {
        var british: Bool?
    }
    private let style = Style()

    init(scalars: [Unicode.Scalar], paragraphs: [TextRange]) {
        self.scalars = scalars
        self.paragraphs = paragraphs
    }

    private func isBritishStyle() -> Bool {
        if let known = style.british { return known }
        let found = Self.isBritish(scalars)
        style.british = found
        return found
    }

    /// True when the text's `‘` opening a word outnumber its double opening marks, two at least.
    static func isBritish(_ scalars: [Unicode.Scalar]) -> Bool {
        var singles = 0
        var doubles = 0
        var previous: Unicode.Scalar = " "
        for i in scalars.indices {
            let s = scalars[i]
            if s.value >= 0x2018 {
                if s == "\u{2018}", !Scalars.isWordScalar(previous), i + 1 < scalars.count, Scalars.isWordScalar(scalars[i + 1]) {
                    singles += 1
                } else if s == "\u{201C}" {
                    doubles += 1
                }
            } else if s == "\"" {
                doubles += 1
            }
            previous = s
        }
        return singles >= 2 && singles > doubles
    }

    func scan() -> [QuoteCandidate] {
        var result: [QuoteCandidate] = []
        var pending: (segments: [TextRange], family: Family)?
        var p = 0
        while p < paragraphs.count {
            let para = paragraphs[p]
            if pending == nil, let block = blockQuote(from: p) {
                result.append(QuoteCandidate(segments: block.segments, closed: true, kind: .block, family: .block))
                p = block.next
                continue
            }
            var i = para.start
            var open: (start: Int, family: Family)?
            if let carried = pending {
                // The previous paragraph's quote goes on: this paragraph opens with a mark.
                let first = firstNonSpace(para)
                if let (family, width) = opener(at: first, in: para),
                    family == carried.family || compatible(family, carried.family)
                {
                    open = (first, family)
                    i = first + width
                } else {
                    result.append(
                        QuoteCandidate(segments: carried.segments, closed: false, kind: .direct, family: carried.family))
                    pending = nil
                }
            }
            while i < para.end {
                // Nearly every scalar is no mark at all: skip those in a tight loop.
                i = nextPossibleMark(from: i, to: para.end)
                guard i < para.end else { break }
                if let current = open {
                    if let width = closer(at: i, for: current.family, openedAt: current.start, in: para) {
                        let segment = TextRange(current.start, i + width)
                        if var carried = pending {
                            pending = nil  // release the array first, or appending copies it
                            carried.segments.append(segment)
                            result.append(
                                QuoteCandidate(segments: carried.segments, closed: true, kind: .direct, family: carried.family))
                            pending = nil
                        } else {
                            result.append(
                                QuoteCandidate(segments: [segment], closed: true, kind: .direct, family: current.family))
                        }
                        open = nil
                        i += width
                        continue
                    }
                    i += 1
                } else {
                    if let (family, width) = opener(at: i, in: para) {
                        open = (i, family)
                        i += width
                    } else {
                        i += 1
                    }
                }
            }
            if let current = open {
                // Unclosed at the paragraph end: goes on if the next paragraph opens a quote.
                let segment = TextRange(current.start, para.end)
                var segments = pending?.segments ?? []
                pending = nil  // release the array first, or appending copies it every paragraph
                segments.append(segment)
                let continues: Bool
                if p + 1 < paragraphs.count {
                    let next = paragraphs[p + 1]
                    let first = firstNonSpace(next)
                    if let (family, _) = opener(at: first, in: next) {
                        continues = family == current.family || compatible(family, current.family)
                    } else {
                        continues = false
                    }
                } else {
                    continues = false
                }
                if continues {
                    pending = (segments, current.family)
                } else {
                    result.append(QuoteCandidate(segments: segments, closed: false, kind: .direct, family: current.family))
                    pending = nil
                }
            }
            p += 1
        }
        if let carried = pending {
            result.append(QuoteCandidate(segments: carried.segments, closed: false, kind: .direct, family: carried.family))
        }
        return result
    }

    private func compatible(_ a: Family, _ b: Family) -> Bool {
        // Writers mix curly and straight marks across paragraphs of one statement.
        (a == .curly || a == .straight) && (b == .curly || b == .straight)
    }

    private func firstNonSpace(_ para: TextRange) -> Int {
        var i = para.start
        while i < para.end, Scalars.isSpace(scalars[i]) { i += 1 }
        return i
    }

    /// A run of paragraphs starting with `>`: a Markdown block quote.
    private func blockQuote(from p: Int) -> (segments: [TextRange], next: Int)? {
        var segments: [TextRange] = []
        var q = p
        while q < paragraphs.count, scalars[paragraphs[q].start] == ">" {
            var s = paragraphs[q].start
            while s < paragraphs[q].end, scalars[s] == ">" || Scalars.isSpace(scalars[s]) { s += 1 }
            if s < paragraphs[q].end { segments.append(TextRange(s, paragraphs[q].end)) }
            q += 1
        }
        return segments.isEmpty ? nil : (segments, q)
    }

    /// The first index in `i..<end` holding a scalar that may open or close a quote, else `end`.
    @inline(__always) private func nextPossibleMark(from i: Int, to end: Int) -> Int {
        scalars.withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawPointer(buffer.baseAddress!)
            var k = i
            while k < end {
                // Four scalars at a time (one SSE register) while none is " ' ` or beyond ASCII.
                while k &+ 4 <= end {
                    let v = raw.loadUnaligned(fromByteOffset: k &* 4, as: SIMD4<UInt32>.self)
                    if any((v .== 0x22) .| (v .== 0x27) .| (v .== 0x60) .| (v .> 0x7F)) { break }
                    k &+= 4
                }
                // Then one at a time through the four that may hold a mark.
                let stop = min(end, k &+ 4)
                while k < stop {
                    let v = buffer[k].value
                    if v < 0x80 {
                        if v == 0x22 || v == 0x27 || v == 0x60 { return k }
                    } else if v == 0xAB || v == 0xBB || (v >= 0x2018 && v <= 0x201E) || (v >= 0x300C && v <= 0x300F) {
                        return k
                    }
                    k &+= 1
                }
            }
            return end
        }
    }

    @inline(__always) private func at(_ i: Int, in para: TextRange) -> Unicode.Scalar? {
        i >= para.start && i < para.end ? scalars[i] : nil
    }

    /// The family and width of an opening mark at `i`, if one stands there.
    func opener(at i: Int, in para: TextRange) -> (Family, Int)? {
        guard i < para.end else { return nil }
        let s = scalars[i]
        // Fast exit for the scalars that are never marks: nearly all of them.
        let v = s.value
        if v < 0x80 {
            if v != 0x22 && v != 0x27 && v != 0x60 { return nil }
        } else if v != 0xAB && v != 0xBB && (v < 0x201C || v > 0x201E) && (v < 0x300C || v > 0x300E) && v != 0x2018 {
            return nil
        }
        switch s {
        case "\u{2018}":
            guard at(i - 1, in: para).map({ !Scalars.isWordScalar($0) }) ?? true,
                let next = at(i + 1, in: para), !Scalars.isSpace(next), isBritishStyle()
            else { return nil }
            return (.single, 1)
        case "\u{201C}": return (.curly, 1)
        case "\u{00AB}": return (.guillemet, 1)
        case "\u{201E}": return (.lowHigh, 1)
        case "\u{300C}": return (.corner, 1)
        case "\u{300E}": return (.whiteCorner, 1)
        case "\u{00BB}":
            // »Kein …«: opens only at a word's start, so the » that closes « … » never opens.
            let prevOK = at(i - 1, in: para).map { !Scalars.isWordScalar($0) } ?? true
            guard prevOK, let next = at(i + 1, in: para), Scalars.isWordScalar(next) else { return nil }
            return (.reversedGuillemet, 1)
        case "\"":
            // A straight mark right after a digit is an inch mark (6'2"), not a quote.
            if let prev = at(i - 1, in: para), Scalars.isDigit(prev) { return nil }
            return (.straight, 1)
        case "\u{201D}":
            // A closing curly mark typed as an opener: at a word start, before a word.
            let prevOK = at(i - 1, in: para).map { Scalars.isSpace($0) || $0 == "(" } ?? true
            if prevOK, let next = at(i + 1, in: para), Scalars.isWordScalar(next) { return (.curly, 1) }
            return nil
        case "'", "`":
            if let next = at(i + 1, in: para), next == "'" || next == "`" {
                let prevOK = at(i - 1, in: para).map { !Scalars.isWordScalar($0) } ?? true
                if prevOK { return (.doubledApostrophe, 2) }
            }
            return nil
        default:
            return nil
        }
    }

    /// The width of a mark at `i` that closes a quote of `family`, if one stands there.
    func closer(at i: Int, for family: Family, openedAt start: Int, in para: TextRange) -> Int? {
        let s = scalars[i]
        switch family {
        case .curly:
            if s == "\u{201D}" { return 1 }
            if s == "\"" { return 1 }
            // A second opening curly mark after a word and before a space or the end closes.
            if s == "\u{201C}", let prev = at(i - 1, in: para), !Scalars.isSpace(prev),
                at(i + 1, in: para).map({ Scalars.isSpace($0) || !Scalars.isWordScalar($0) }) ?? true
            {
                return 1
            }
            return nil
        case .straight:
            if s == "\"" || s == "\u{201D}" { return 1 }
            return nil
        case .guillemet: return s == "\u{00BB}" ? 1 : nil
        case .reversedGuillemet: return s == "\u{00AB}" ? 1 : nil
        case .lowHigh: return s == "\u{201C}" || s == "\u{201D}" ? 1 : nil
        case .corner: return s == "\u{300D}" ? 1 : nil
        case .whiteCorner: return s == "\u{300F}" ? 1 : nil
        case .doubledApostrophe:
            if s == "'" || s == "\u{2019}", at(i + 1, in: para) == s, i > start + 1 { return 2 }
            return nil
        case .single:
            guard s == "\u{2019}", let prev = at(i - 1, in: para), !Scalars.isSpace(prev) else { return nil }
            let next = at(i + 1, in: para)
            if let next, Scalars.isWordScalar(next) { return nil }  // don’t, Okafor’s
            if prev == "n", at(i - 2, in: para) == "\u{2019}" { return nil }  // rock ’n’ roll
            // "the farmers’ margins": a plural possessive when a later mark can still close.
            if prev == "s", next == " ", let after = at(i + 2, in: para), Scalars.isWordScalar(after),
                hasLaterCloser(after: i, in: para)
            {
                return nil
            }
            return 1
        case .block, .dash, .transcript:
            return nil
        }
    }

    /// True when a `’` after `i` in the paragraph ends a word, so it can close a single quote.
    private func hasLaterCloser(after i: Int, in para: TextRange) -> Bool {
        var k = i + 1
        while k < para.end {
            if scalars[k] == "\u{2019}", !Scalars.isSpace(scalars[k - 1]),
                !(at(k + 1, in: para).map(Scalars.isWordScalar) ?? false)
            {
                return true
            }
            k += 1
        }
        return false
    }
}
