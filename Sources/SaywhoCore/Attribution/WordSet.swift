/// A fixed set of lower-case words, looked up with a cheap hash.
///
/// The rules ask the lexicon about nearly every word around every quote; `Set<String>`
/// hashes with SipHash, which showed up in profiles. This table hashes the UTF-8 bytes
/// with FNV-1a and compares strings only when the hashes agree. The tokenizer computes
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

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always) static func hash(_ word: String) -> UInt64 {
        // The bytes in place: iterating `utf8` goes through the String a byte at a time, and
        // withUTF8 would need a mutable copy (a retain and a release on every lookup).
        let hashed = word.utf8.withContiguousStorageIfAvailable { bytes in
            var hash = offsetBasis
            for byte in bytes { hash = step(hash, byte) }
            return hash
        }
        if let hashed { return hashed }
        var hash = offsetBasis
        for byte in word.utf8 { hash = step(hash, byte) }
        return hash
    }
}
