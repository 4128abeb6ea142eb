import SaywhoCore

/// A fixed set of lower-case words, looked up with a cheap hash.
///
/// The rules ask the lexicon about nearly every word around every quote; `Set<String>`
/// hashes with SipHash, which showed up in profiles. This table hashes the UTF-8 bytes
/// eight at a time (`WordHasher`) and compares strings only when the hashes agree. The tokenizer computes
/// the same hash for each word as it reads it, so a word of the text is looked up by its
/// hash and compared scalar by scalar, without building a String (`contains(hash:folding:)`).
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    /// Open addressing: each slot holds a word's hash and its index, or index -1 when empty.
    private var slots: [(hash: UInt64, word: Int)]
    private var words: [String] = []
    /// Every word's UTF-8, one after another; word `i` spans `utf8Starts[i]..<utf8Starts[i + 1]`.
    private var utf8: [UInt8] = []
    private var utf8Starts: [Int] = [0]
    private let mask: Int
    /// The length in bytes of the longest word: lower-casing keeps an ASCII text's length, so an
    /// ASCII text longer than this is in the set in no case, which callers tell without a String.
    private(set) var longest = 0

    init(_ elements: some Sequence<String>) {
        let unique = Array(Set(elements))
        var size = 8
        while size < unique.count * 4 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: (0, -1), count: size)
        for word in unique {
            let hash = WordSet.hash(word)
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i].word >= 0 { i = (i + 1) & mask }
            slots[i] = (hash, words.count)
            words.append(word)
            longest = max(longest, word.utf8.count)
            utf8.append(contentsOf: word.utf8)
            utf8Starts.append(utf8.count)
        }
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    var count: Int { words.count }

    func contains(_ word: String) -> Bool {
        let hash = WordSet.hash(word)
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot.word < 0 { return false }
            if slot.hash == hash, words[slot.word] == word { return true }
            i = (i + 1) & mask
        }
    }

    /// `contains(text.lowercased())`, without lower-casing an ASCII text too long to be in the set.
    func containsLowercased(_ text: String) -> Bool {
        if text.utf8.count > longest, text.allBytes(below: 0x80) { return false }
        return contains(text.lowercased())
    }

    /// True when the plain word `scalars[start..<end]` (ASCII or `’`), folded to lower case with
    /// `’` as `'`, is in the set; `hash` is that folded word's `WordSet.hash`.
    @inline(__always)
    func contains(hash: UInt64, folding scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot.word < 0 { return false }
            if slot.hash == hash, spells(slot.word, scalars, start, end) { return true }
            i = (i + 1) & mask
        }
    }

    /// The set's word that the plain word `scalars[start..<end]` folds to, as `contains(hash:folding:_:_:)` finds it.
    @inline(__always)
    func member(hash: UInt64, folding scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> String? {
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot.word < 0 { return nil }
            if slot.hash == hash, spells(slot.word, scalars, start, end) { return words[slot.word] }
            i = (i + 1) & mask
        }
    }

    private func spells(_ word: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        let from = utf8Starts[word]
        guard utf8Starts[word + 1] - from == end - start else { return false }
        for k in 0..<(end - start) where WordSet.folded(scalars[start + k]) != utf8[from + k] { return false }
        return true
    }

    /// A plain scalar folded to lower case as `Tokenizer.lowered` folds it.
    @inline(__always) static func folded(_ s: Unicode.Scalar) -> UInt8 {
        let v = s.value
        return v == 0x2019 ? UInt8(ascii: "'") : UInt8(truncatingIfNeeded: v >= 0x41 && v <= 0x5A ? v + 32 : v)
    }

    @inline(__always) static func hash(_ word: String) -> UInt64 {
        // The bytes in place: iterating `utf8` goes through the String a byte at a time, and
        // withUTF8 would need a mutable copy (a retain and a release on every lookup).
        let hashed = word.utf8.withContiguousStorageIfAvailable { bytes in
            var hasher = WordHasher()
            for byte in bytes { hasher.add(byte) }
            return hasher.value
        }
        if let hashed { return hashed }
        var hasher = WordHasher()
        for byte in word.utf8 { hasher.add(byte) }
        return hasher.value
    }
}

/// The hash of a word's bytes (`WordSet.hash`), fed a byte at a time or up to eight at once.
///
/// Bytes gather in a 64-bit buffer that is mixed into the hash when full, so the tokenizer can
/// add a word's ASCII run eight scalars at a time, with no branch on where the word ends; any
/// way of feeding the same bytes gives the same value.
struct WordHasher {
    private var hash: UInt64 = 0x243F_6A88_85A3_08D3
    private var buffer: UInt64 = 0
    /// Bytes in `buffer`, 0 to 7.
    private var fill: UInt64 = 0

    @inline(__always) mutating func add(_ byte: UInt8) {
        buffer |= UInt64(byte) &<< (fill &* 8)
        fill &+= 1
        if fill == 8 {
            hash = Self.mix(hash, buffer)
            buffer = 0
            fill = 0
        }
    }

    /// Adds `count` (0 to 8) bytes: the first in the lowest byte of `bytes`, every byte from
    /// `count` on zero.
    @inline(__always) mutating func add(_ bytes: UInt64, count: UInt64) {
        let combined = buffer | bytes &<< (fill &* 8)
        if fill &+ count >= 8 {
            hash = Self.mix(hash, combined)
            buffer = fill == 0 ? 0 : bytes &>> (64 &- fill &* 8)
            fill = fill &+ count &- 8
        } else {
            buffer = combined
            fill &+= count
        }
    }

    @inline(__always) private static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        let x = (hash ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        return x ^ x &>> 32
    }

    /// The hash of the bytes so far, every bit mixed (lookups take the low bits).
    @inline(__always) var value: UInt64 {
        var x = hash ^ buffer ^ fill &<< 59
        x ^= x &>> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x &>> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x &>> 33
        return x
    }
}
