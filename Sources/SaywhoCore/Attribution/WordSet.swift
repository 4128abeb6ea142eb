/// A fixed set of lower-case words, looked up with a cheap hash.
///
/// The rules ask the lexicon about nearly every word around every quote; `Set<String>`
/// hashes with SipHash, which showed up in profiles. This table hashes the UTF-8 bytes
/// with FNV-1a and compares strings only when the hashes agree.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var words: [String] = []
    private let mask: Int

    init(_ elements: some Sequence<String>) {
        let unique = Array(Set(elements))
        var size = 8
        while size < unique.count * 4 { size *= 2 }
        mask = size - 1
        slots = Array(repeating: -1, count: size)
        for word in unique {
            let hash = WordSet.hash(word)
            var i = Int(truncatingIfNeeded: hash) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(words.count)
            words.append(word)
            hashes.append(hash)
        }
    }

    init(arrayLiteral elements: String...) { self.init(elements) }

    var count: Int { words.count }

    func contains(_ word: String) -> Bool {
        let hash = WordSet.hash(word)
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[i]
            if slot < 0 { return false }
            if hashes[Int(slot)] == hash, words[Int(slot)] == word { return true }
            i = (i + 1) & mask
        }
    }

    @inline(__always) static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash
    }
}
