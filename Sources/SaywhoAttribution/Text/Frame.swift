import SaywhoCore

/// The text around quotations of one article, as token lists per paragraph.
///
/// Each quotation segment is one token, so the rules read "“…,” she said." as
/// `[quote] [,]? [she] [said] [.]` whatever the quote holds.
struct Frame {
    let scalars: [Unicode.Scalar]
    let paragraphs: [TextRange]
    let candidates: [QuoteCandidate]
    let tokenizer: Tokenizer
    /// Tokens of each paragraph.
    private(set) var tokens: [[Token]] = []
    /// For each candidate and segment: (paragraph, token index).
    private(set) var location: [[(paragraph: Int, token: Int)]] = []

    init(scalars: [Unicode.Scalar], paragraphs: [TextRange], candidates: [QuoteCandidate]) {
        self.scalars = scalars
        self.paragraphs = paragraphs
        self.candidates = candidates
        self.tokenizer = Tokenizer(scalars: scalars)
        var segments: [(range: TextRange, quote: Int, segment: Int)] = []
        for (q, candidate) in candidates.enumerated() {
            for (s, range) in candidate.segments.enumerated() { segments.append((range, q, s)) }
        }
        segments.sort { $0.range.start < $1.range.start }
        location = candidates.map { Array(repeating: (paragraph: 0, token: 0), count: $0.segments.count) }
        var next = 0
        tokens.reserveCapacity(paragraphs.count)
        // One list for every paragraph's segments, emptied in place.
        var inside: [(range: TextRange, quote: Int, segment: Int)] = []
        for (p, para) in paragraphs.enumerated() {
            inside.removeAll(keepingCapacity: true)
            while next < segments.count, segments[next].range.start < para.end {
                if segments[next].range.start >= para.start { inside.append(segments[next]) }
                next += 1
            }
            let list = tokenizer.tokens(in: para, segments: inside)
            for (t, token) in list.enumerated() where token.kind == .quote {
                location[Int(token.quote)][Int(token.segment)] = (p, t)
            }
            tokens.append(list)
        }
    }

    // MARK: Reading tokens

    /// The token folded to lower case, built afresh: the rules ask about words through `word(p, t, in:)`
    /// and `wordIs`, which need no String, so few words are ever built and a cache cost more than it saved.
    func lower(_ p: Int, _ t: Int) -> String {
        string(tokens[p][t])
    }

    func text(_ range: TextRange) -> String { tokenizer.text(range.start, range.end) }

    func isWord(_ p: Int, _ t: Int) -> Bool { t >= 0 && t < tokens[p].count && tokens[p][t].kind == .word }

    /// True when word `t` is made of digits only ("2015", "59"), read from its scalars.
    func isNumber(_ p: Int, _ t: Int) -> Bool {
        guard isWord(p, t) else { return false }
        let token = tokens[p][t]
        return (token.start..<token.end).allSatisfy { Character(scalars[$0]).isNumber }
    }

    func isPunct(_ p: Int, _ t: Int, _ chars: String) -> Bool {
        guard t >= 0, t < tokens[p].count, tokens[p][t].kind == .punctuation else { return false }
        let mark = scalars[tokens[p][t].start]
        // An ASCII mark is among `chars` when its byte is among their UTF-8 bytes (a byte below
        // 0x80 is never part of a longer sequence); the literals are read in place.
        if mark.value < 0x80, let found = chars.utf8.withContiguousStorageIfAvailable({ $0.contains(UInt8(mark.value)) }) {
            return found
        }
        return chars.unicodeScalars.contains(mark)
    }

    func isCapitalized(_ p: Int, _ t: Int) -> Bool {
        t >= 0 && t < tokens[p].count && tokens[p][t].capitalized
    }

    func isQuote(_ p: Int, _ t: Int) -> Bool { t >= 0 && t < tokens[p].count && tokens[p][t].kind == .quote }

    /// The last scalar inside a quote token before its closing mark(s).
    func lastInnerScalar(_ p: Int, _ t: Int) -> Unicode.Scalar? {
        let token = tokens[p][t]
        var i = token.end - 1
        while i > token.start, isMark(scalars[i]) { i -= 1 }
        return i > token.start ? scalars[i] : nil
    }

    private func isMark(_ s: Unicode.Scalar) -> Bool {
        s == "\"" || s == "\u{201D}" || s == "\u{201C}" || s == "'" || s == "\u{2019}" || s == "\u{00BB}" || s == "\u{00AB}"
            || s == "\u{300D}" || s == "\u{300F}" || Scalars.isSpace(s)
    }

    /// The number of words inside a quotation (counted roughly, by spaces).
    /// True when `range` holds a word scalar; stops at the first one.
    func hasWord(_ range: TextRange) -> Bool {
        for i in range.start..<range.end where Scalars.isWordScalar(scalars[i]) { return true }
        return false
    }

    func wordCount(of range: TextRange) -> Int {
        var count = 0
        var inWord = false
        for i in range.start..<range.end {
            let word = Scalars.isWordScalar(scalars[i])
            // Chinese and Japanese write without spaces: each ideograph or kana counts as a word.
            if word && (!inWord || scalars[i].value >= 0x3040) { count += 1 }
            inWord = word
        }
        return count
    }

    /// Index of the first token of the sentence holding token `t` (quotes are atoms).
    func sentenceStart(_ p: Int, before t: Int) -> Int {
        var k = t - 1
        // No sentence is longer than this: the cap keeps runs of marks without punctuation linear.
        let floor = max(0, t - Frame.longestSentence)
        while k >= floor {
            if isPunct(p, k, ".!?;"), !isPunct(p, k + 1, "),") { return k + 1 }
            if isQuote(p, k), let last = lastInnerScalar(p, k), Scalars.isTerminal(last), k + 1 < t,
                isCapitalized(p, k + 1), isSentenceBreakAfterQuote(p, k)
            {
                return k + 1
            }
            k -= 1
        }
        return floor
    }

    /// Tokens a sentence may hold, for the walks to its start and end.
    static let longestSentence = 250

    /// Index just past the last token of the sentence holding token `t`.
    func sentenceEnd(_ p: Int, after t: Int) -> Int {
        var k = t + 1
        let ceiling = min(tokens[p].count, t + Frame.longestSentence)
        while k < ceiling {
            // "(R-Wis.)", "R-Ky., said": a full stop before a bracket or a comma ends no sentence.
            if isPunct(p, k, ".!?;"), !isPunct(p, k + 1, "),") { return k + 1 }
            k += 1
        }
        return ceiling
    }

    /// True when a quote ending in . ! or ? is followed by a new sentence, not by "he said".
    func isSentenceBreakAfterQuote(_ p: Int, _ t: Int) -> Bool {
        guard let last = lastInnerScalar(p, t), Scalars.isTerminal(last) else { return false }
        return isCapitalized(p, t + 1) || isQuote(p, t + 1)
    }

    /// The first index in `0..<count` where `isBefore` turns false (`isBefore` must hold on a prefix).
    static func partition(_ count: Int, isBefore: (Int) -> Bool) -> Int {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isBefore(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Index of the first token of paragraph `p` that starts at or after `offset` (binary search).
    func firstToken(_ p: Int, startingAtOrAfter offset: Int) -> Int {
        Frame.partition(tokens[p].count) { tokens[p][$0].start < offset }
    }

    /// Index of the first token of paragraph `p` that ends after `offset` (binary search).
    func firstToken(_ p: Int, endingAfter offset: Int) -> Int {
        Frame.partition(tokens[p].count) { tokens[p][$0].end <= offset }
    }

    /// The paragraphs that overlap `range`, found by binary search.
    func paragraphs(overlapping range: TextRange) -> Range<Int> {
        let lo = Frame.partition(paragraphs.count) { paragraphs[$0].end <= range.start }
        var end = lo
        while end < paragraphs.count, paragraphs[end].start < range.end { end += 1 }
        return lo..<end
    }

    func range(_ p: Int, _ from: Int, _ to: Int) -> TextRange {
        let list = tokens[p]
        guard from < to, from >= 0, to <= list.count else {
            let at = from < list.count ? list[max(0, from)].start : (list.last?.end ?? paragraphs[p].start)
            return TextRange(at, at)
        }
        return TextRange(list[from].start, list[to - 1].end)
    }
}
