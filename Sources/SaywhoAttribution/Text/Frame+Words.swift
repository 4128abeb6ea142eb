import SaywhoCore

/// Words read from a frame without building Strings: the rules ask about words far more often
/// than they need one.
extension Frame {
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
    func string(_ token: Token) -> String {
        token.kind == .word ? tokenizer.lowered(token.start, token.end) : tokenizer.text(token.start, token.end)
    }
}
