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

    // MARK: Words without strings
    //
    // The rules ask about words far more often than they need one as a String: these answer
    // what `lower(p, t)` would, from the token's hash and scalars. A word that is not plain
    // (a scalar beyond ASCII and `’`) is rare and goes through `lower`'s String.

    /// `lower(p, t)` is one of `set`'s words.
    func word(_ p: Int, _ t: Int, in set: WordSet) -> Bool {
        let token = tokens[p][t]
        guard token.kind == .word, token.plain else { return set.contains(string(token)) }
        return scalars.withUnsafeBufferPointer { set.contains(hash: token.key, folding: $0, token.start, token.end) }
    }

    /// `lower(p, t)` when it is one of `set`'s words, else nil: for a plain word, the set's own
    /// String (the same bytes), so none is built.
    func member(_ p: Int, _ t: Int, of set: WordSet) -> String? {
        let token = tokens[p][t]
        guard token.kind == .word, token.plain else {
            let word = string(token)
            return set.contains(word) ? word : nil
        }
        return scalars.withUnsafeBufferPointer { set.member(hash: token.key, folding: $0, token.start, token.end) }
    }

    /// True when word `t` is `ascii` (lower case): `isWord(p, t) && lower(p, t) == ascii`.
    func wordIs(_ p: Int, _ t: Int, _ ascii: StaticString) -> Bool {
        isWord(p, t) && spells(tokens[p][t], ascii)
    }

    /// True when token `t` exists, is a word, and is in `set`: `isWord(p, t) && word(p, t, in: set)`.
    func wordIs(_ p: Int, _ t: Int, in set: WordSet) -> Bool {
        isWord(p, t) && word(p, t, in: set)
    }

    /// True when the word `token` folded to lower case is `ascii`.
    @inline(__always) private func spells(_ token: Token, _ ascii: StaticString) -> Bool {
        let literal = UnsafeBufferPointer(start: ascii.utf8Start, count: ascii.utf8CodeUnitCount)
        guard token.plain else { return string(token).utf8.elementsEqual(literal) }
        guard token.end - token.start == literal.count else { return false }
        for (i, byte) in literal.enumerated() where WordSet.folded(scalars[token.start + i]) != byte { return false }
        return true
    }

    /// `lower(p, t) == word`; `key` is `Frame.key(word)`, which rules out most words unread.
    func word(_ p: Int, _ t: Int, is word: String, key: UInt64?) -> Bool {
        if let key, tokens[p][t].kind == .word, tokens[p][t].key != key { return false }
        return lower(p, t) == word
    }

    /// The hash to compare with a token's key, for an ASCII word only: String equality is
    /// canonical equivalence, which only for ASCII is sure to mean the same bytes.
    static func key(_ word: String) -> UInt64? {
        word.utf8.allSatisfy { $0 < 0x80 } ? WordSet.hash(word) : nil
    }

    /// `lower(p, t).hasSuffix(ascii)`, for a word.
    func word(_ p: Int, _ t: Int, endsWith ascii: StaticString) -> Bool {
        let token = tokens[p][t]
        guard token.kind == .word, token.plain else { return string(token).hasSuffix(ascii.description) }
        let n = ascii.utf8CodeUnitCount
        guard token.end - token.start >= n else { return false }
        let suffix = UnsafeBufferPointer(start: ascii.utf8Start, count: n)
        for (i, byte) in suffix.enumerated() where WordSet.folded(scalars[token.end - n + i]) != byte { return false }
        return true
    }

    /// `lower(p, t).hasSuffix("'s") || lower(p, t).hasSuffix("s'")`, for a word: asked of every
    /// capitalised word when names are collected, so the two scalars are compared directly.
    func endsPossessive(_ p: Int, _ t: Int) -> Bool {
        let token = tokens[p][t]
        guard token.kind == .word, token.plain else { return string(token).hasSuffix("'s") || string(token).hasSuffix("s'") }
        guard token.end - token.start >= 2 else { return false }
        let a = WordSet.folded(scalars[token.end - 2])
        let b = WordSet.folded(scalars[token.end - 1])
        return a == UInt8(ascii: "'") && b == UInt8(ascii: "s") || a == UInt8(ascii: "s") && b == UInt8(ascii: "'")
    }

    /// `SpeakerResolver.strippingPossessive(lower(p, t))`, built once: for a plain word the
    /// possessive ('s, s') is left out of the String instead of cut from it afterwards.
    func lowerStrippingPossessive(_ p: Int, _ t: Int) -> String {
        let token = tokens[p][t]
        guard token.kind == .word, token.plain else { return SpeakerResolver.strippingPossessive(lower(p, t)) }
        return tokenizer.lowered(token.start, endStrippingPossessive(token))
    }

    /// Where `lowerStrippingPossessive` ends a plain word: before its 's or its s' apostrophe.
    @inline(__always) func endStrippingPossessive(_ token: Token) -> Int {
        var end = token.end
        if end - token.start >= 2 {
            let a = WordSet.folded(scalars[end - 2])
            let b = WordSet.folded(scalars[end - 1])
            if a == UInt8(ascii: "'") && b == UInt8(ascii: "s") {
                end -= 2
            } else if a == UInt8(ascii: "s") && b == UInt8(ascii: "'") {
                end -= 1
            }
        }
        return end
    }

    /// `lower(p, t).contains(scalar)`, for an ASCII scalar.
    func word(_ p: Int, _ t: Int, contains scalar: Unicode.Scalar) -> Bool {
        let token = tokens[p][t]
        guard token.kind == .word, token.plain else { return string(token).contains(Character(scalar)) }
        return (token.start..<token.end).contains { WordSet.folded(scalars[$0]) == UInt8(scalar.value) }
    }

    /// What `lower` gives for a token, built afresh (for the rare words that are not plain).
    private func string(_ token: Token) -> String {
        token.kind == .word ? tokenizer.lowered(token.start, token.end) : tokenizer.text(token.start, token.end)
    }

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
        s == "\"" || s == "\u{201D}" || s == "\u{201C}" || s == "'" || s == "\u{2019}" || s == "\u{00BB}" || s == "\u{300D}"
            || s == "\u{300F}" || Scalars.isSpace(s)
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
