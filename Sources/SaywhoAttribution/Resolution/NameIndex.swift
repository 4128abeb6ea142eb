import SaywhoCore

/// The multi-word names of one article, grouped by their words for `SpeakerResolver`.
///
/// Every distinct lower-cased word gets a small id (`Word`), and every distinct sequence of
/// words (a distinct name) another: names are grouped and looked up by these integers, in
/// open-addressed tables, instead of `[String]` and `String` dictionary keys that hash with
/// SipHash and allocate a String per word of every occurrence. Words are compared exactly as
/// Strings compare (canonical equivalence), so grouping is the same as with String keys.
struct NameIndex {
    typealias Word = Int32

    // MARK: Words

    /// A distinct word: its key, its bytes (`bytes[start..<end]`) when it is ASCII, else its
    /// String (`strings[string]`), and whether it is one of `Lexicon.organisationWords`.
    private struct Entry {
        var key: UInt64
        var start: Int32
        var end: Int32
        var string: Int32
        var organisation: Bool
    }

    /// Open addressing over `entries`' keys: each slot holds a word id, or -1 when empty.
    private var wordSlots = [Int32](repeating: -1, count: 128)
    private var entries: [Entry] = []
    private var bytes: [UInt8] = []
    private var strings: [String] = []

    init() {
        entries.reserveCapacity(64)
        bytes.reserveCapacity(512)
        nameWords.reserveCapacity(64)
        nameStarts.reserveCapacity(32)
        nameKeys.reserveCapacity(32)
    }

    var wordCount: Int { entries.count }

    /// The key of a word given as a String: `WordSet.hash` of its bytes when it is ASCII, so
    /// it agrees with a plain token's key. Any other String is equal to no ASCII String once
    /// its three scalars with an ASCII canonical decomposition (Kelvin sign, Greek question
    /// mark, varia) are read as that ASCII; it then keys by its own hash, which Swift computes
    /// on the normalised form, so canonically equal Strings share a key.
    static func key(_ word: String) -> UInt64 {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return WordSet.hash(word) }
        var hasher = WordHasher()
        for s in word.unicodeScalars {
            switch s.value {
            case 0..<0x80: hasher.add(UInt8(s.value))
            case 0x212A: hasher.add(UInt8(ascii: "K"))
            case 0x037E: hasher.add(UInt8(ascii: ";"))
            case 0x1FEF: hasher.add(UInt8(ascii: "`"))
            default: return UInt64(UInt(bitPattern: word.hashValue))
            }
        }
        return hasher.value
    }

    /// `WordSet.hash` of the plain word `scalars[start..<end]` folded to lower case.
    static func key(plain scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> UInt64 {
        var hasher = WordHasher()
        for k in start..<end { hasher.add(WordSet.folded(scalars[k])) }
        return hasher.value
    }

    /// True when word `w` is the plain word `scalars[start..<end]` folded to lower case.
    private func spells(_ w: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int) -> Bool {
        let entry = entries[w]
        guard entry.string >= 0 else {
            let from = Int(entry.start)
            guard Int(entry.end) - from == end - start else { return false }
            return bytes.withUnsafeBufferPointer { bytes in
                for k in 0..<(end - start) where WordSet.folded(scalars[start + k]) != bytes[from + k] { return false }
                return true
            }
        }
        return strings[Int(entry.string)] == String(decoding: (start..<end).map { WordSet.folded(scalars[$0]) }, as: UTF8.self)
    }

    /// True when word `w` equals `word` as Strings compare.
    private func spells(_ w: Int, _ word: String) -> Bool {
        let entry = entries[w]
        if entry.string >= 0 { return strings[Int(entry.string)] == word }
        let bytes = self.bytes[Int(entry.start)..<Int(entry.end)]
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.utf8.elementsEqual(bytes) }
        return String(decoding: bytes, as: UTF8.self) == word
    }

    /// The slot of the word with `key` that `matches`, or the empty slot where it would go.
    @inline(__always) private func slot(_ key: UInt64, _ matches: (Int) -> Bool) -> Int {
        let mask = wordSlots.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let w = Int(wordSlots[i])
            if w < 0 || (entries[w].key == key && matches(w)) { return i }
            i = (i + 1) & mask
        }
    }

    /// The id of the plain word `scalars[start..<end]` folded to lower case, whose `WordSet.hash` is `key`.
    func word(plain scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, key: UInt64) -> Word? {
        let w = wordSlots[slot(key) { spells($0, scalars, start, end) }]
        return w < 0 ? nil : w
    }

    /// The id of `word`, when a name holds it.
    func word(_ word: String) -> Word? {
        let w = wordSlots[slot(Self.key(word)) { spells($0, word) }]
        return w < 0 ? nil : w
    }

    /// The id of the plain word `scalars[start..<end]`, added when new.
    mutating func add(plain scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, key: UInt64) -> Word {
        let i = slot(key) { spells($0, scalars, start, end) }
        if wordSlots[i] >= 0 { return wordSlots[i] }
        let from = Int32(bytes.count)
        for k in start..<end { bytes.append(WordSet.folded(scalars[k])) }
        let organisation = Lexicon.organisationWords.contains(hash: key, folding: scalars, start, end)
        return insert(at: i, Entry(key: key, start: from, end: Int32(bytes.count), string: -1, organisation: organisation))
    }

    /// The id of `word`, added when new.
    mutating func add(_ word: String) -> Word {
        let key = Self.key(word)
        let i = slot(key) { spells($0, word) }
        if wordSlots[i] >= 0 { return wordSlots[i] }
        let from = Int32(bytes.count)
        var string: Int32 = -1
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            bytes.append(contentsOf: word.utf8)
        } else {
            string = Int32(strings.count)
            strings.append(word)
        }
        let organisation = Lexicon.organisationWords.contains(word)
        return insert(at: i, Entry(key: key, start: from, end: Int32(bytes.count), string: string, organisation: organisation))
    }

    private mutating func insert(at i: Int, _ entry: Entry) -> Word {
        let w = Word(entries.count)
        wordSlots[i] = w
        entries.append(entry)
        // At most half full, so probes stay short.
        if 2 * entries.count > wordSlots.count {
            wordSlots = [Int32](repeating: -1, count: 2 * wordSlots.count)
            let mask = wordSlots.count - 1
            for (w, entry) in entries.enumerated() {
                var i = Int(truncatingIfNeeded: entry.key) & mask
                while wordSlots[i] >= 0 { i = (i + 1) & mask }
                wordSlots[i] = Int32(w)
            }
        }
        return w
    }

    // MARK: Names

    /// The words of every distinct name, one after another; name `d` spans `nameStarts[d]..<nameStarts[d + 1]`.
    private var nameWords: [Word] = []
    private var nameStarts: [Int] = [0]
    private var nameKeys: [UInt64] = []
    /// Open addressing over `nameKeys`: each slot holds a distinct name's index, or -1 when empty.
    private var nameSlots = [Int32](repeating: -1, count: 64)
    /// Occurrences of each distinct name (indices into the resolver's names, in text order):
    /// name `d`'s span `occurrenceStarts[d]..<occurrenceStarts[d + 1]` of `occurrences`.
    private var occurrences: [Int] = []
    private var occurrenceStarts: [Int] = []
    /// Distinct names holding each word, in the order the names first appear: word `w`'s span
    /// `byWordStarts[w]..<byWordStarts[w + 1]` of `byWord`.
    private var byWord: [Int32] = []
    private var byWordStarts: [Int] = []

    var nameCount: Int { nameKeys.count }

    /// The words of distinct name `d`.
    func words(of d: Int) -> ArraySlice<Word> { nameWords[nameStarts[d]..<nameStarts[d + 1]] }

    /// True when a word of distinct name `d` is an organisation word.
    func isOrganisation(_ d: Int) -> Bool { words(of: d).contains { entries[Int($0)].organisation } }

    /// The distinct name with `words`, added when new.
    mutating func addName(_ words: [Word]) -> Int {
        var key: UInt64 = 0xCBF2_9CE4_8422_2325
        for w in words { key = (key ^ UInt64(UInt32(bitPattern: w))) &* 0x0000_0100_0000_01B3 }
        let mask = nameSlots.count - 1
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while nameSlots[i] >= 0 {
            let d = Int(nameSlots[i])
            if nameKeys[d] == key, nameStarts[d + 1] - nameStarts[d] == words.count,
                words.indices.allSatisfy({ nameWords[nameStarts[d] + $0] == words[$0] })
            {
                return d
            }
            i = (i + 1) & mask
        }
        let d = nameKeys.count
        nameSlots[i] = Int32(d)
        nameKeys.append(key)
        nameWords.append(contentsOf: words)
        nameStarts.append(nameWords.count)
        if 2 * nameKeys.count > nameSlots.count {
            nameSlots = [Int32](repeating: -1, count: 2 * nameSlots.count)
            let mask = nameSlots.count - 1
            for (d, key) in nameKeys.enumerated() {
                var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
                while nameSlots[i] >= 0 { i = (i + 1) & mask }
                nameSlots[i] = Int32(d)
            }
        }
        return d
    }

    /// Builds the lists of occurrences and of names by word, once every name is added;
    /// `distinct[i]` is the distinct name of occurrence `i`.
    mutating func finish(distinct: [Int]) {
        occurrenceStarts = [Int](repeating: 0, count: nameCount + 1)
        for d in distinct { occurrenceStarts[d + 1] += 1 }
        for d in 0..<nameCount { occurrenceStarts[d + 1] += occurrenceStarts[d] }
        var fill = occurrenceStarts
        occurrences = [Int](repeating: 0, count: distinct.count)
        for (i, d) in distinct.enumerated() {
            occurrences[fill[d]] = i
            fill[d] += 1
        }
        // Each word of a name once: a name has two or three, so a scan beats building a Set.
        byWordStarts = [Int](repeating: 0, count: wordCount + 1)
        for d in 0..<nameCount {
            let words = self.words(of: d)
            for k in words.indices where !words[words.startIndex..<k].contains(words[k]) { byWordStarts[Int(words[k]) + 1] += 1 }
        }
        for w in 0..<wordCount { byWordStarts[w + 1] += byWordStarts[w] }
        var next = byWordStarts
        byWord = [Int32](repeating: 0, count: byWordStarts[wordCount])
        for d in 0..<nameCount {
            let words = self.words(of: d)
            for k in words.indices where !words[words.startIndex..<k].contains(words[k]) {
                byWord[next[Int(words[k])]] = Int32(d)
                next[Int(words[k])] += 1
            }
        }
    }

    /// The distinct names that hold word `w`, in the order they first appear.
    func names(holding w: Word) -> ArraySlice<Int32> { byWord[byWordStarts[Int(w)]..<byWordStarts[Int(w) + 1]] }

    /// The occurrences of distinct name `d`, in text order.
    func occurrences(of d: Int) -> ArraySlice<Int> { occurrences[occurrenceStarts[d]..<occurrenceStarts[d + 1]] }
}
