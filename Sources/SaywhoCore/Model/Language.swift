import Foundation

/// The language an article is written in, as a lower-case ISO 639-1 code (`en`, `de`, `fr`, `es`, `ja`).
///
/// Metadata may name any language (`lang: it`); detection names one of `detectable`.
public struct Language: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public static let english = Language(rawValue: "en")
    public static let german = Language(rawValue: "de")
    public static let french = Language(rawValue: "fr")
    public static let spanish = Language(rawValue: "es")
    public static let japanese = Language(rawValue: "ja")

    /// The languages `detect` can tell apart.
    public static let detectable: [Language] = [.english, .german, .french, .spanish, .japanese]

    public var description: String { rawValue }

    /// The language a metadata field names: a tag (`de`, `de-AT`, `fr_CH`) or a name in English
    /// or in the language itself (`German`, `Deutsch`); nil for an empty or unreadable value.
    public init?(tag: String) {
        let trimmed = tag.trimmingCharacters(in: .whitespaces).lowercased()
        let primary = trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        if let named = Self.names[primary] {
            self = named
            return
        }
        // A primary subtag is two or three ASCII letters; anything else is not a language tag.
        guard (2...3).contains(primary.utf8.count), primary.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        self.init(rawValue: primary)
    }

    private static let names: [String: Language] = [
        "english": .english, "german": .german, "deutsch": .german, "french": .french, "français": .french,
        "francais": .french, "spanish": .spanish, "español": .spanish, "espanol": .spanish, "japanese": .japanese,
        "日本語": .japanese,
    ]
}

extension Language {
    /// How many scalars of a text detection reads: enough for a few paragraphs, so the cost of
    /// detecting does not grow with an article's length.
    public static let detectionSample = 3000

    /// The language of `scalars`, told from their first `detectionSample` scalars: Japanese when
    /// kana and kanji make up a share of the letters, else the Latin-script language whose stop
    /// words (and letters of its own, such as ß or ñ) occur most; English when nothing tells.
    ///
    /// One pass that stops early once a language leads clearly; no String is built.
    public static func detect(_ scalars: [Unicode.Scalar]) -> Language {
        scalars.withUnsafeBufferPointer { detect($0) }
    }

    public static func detect(_ text: String) -> Language {
        detect(Array(text.unicodeScalars.prefix(detectionSample)))
    }

    static func detect(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Language {
        let table = StopWords.table
        return table.keys.withUnsafeBufferPointer { keys in
            table.scores.withUnsafeBufferPointer { scores in
                detect(scalars, keys: keys, scores: scores)
            }
        }
    }

    private static func detect(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, keys: UnsafeBufferPointer<UInt64>,
        scores table: UnsafeBufferPointer<SIMD4<Int32>>
    ) -> Language {
        let end = min(scalars.count, detectionSample)
        // Scores in the order of `StopWords.languages`; Japanese counted apart.
        var scores = SIMD4<Int32>(repeating: 0)
        var letters = 0
        var japanese = 0
        var kana = 0
        var words = 0
        var i = 0
        while i < end {
            let v = scalars[i].value
            if Self.latinLetter(v) != nil {
                // A word: its letters packed into a key, looked up once.
                var key: UInt64 = 0
                var length = 0
                var j = i
                while j < end, let lower = Self.latinLetter(scalars[j].value) {
                    if lower >= 0x80 { scores &+= StopWords.letterScore(lower) }
                    if length < 8 { key |= UInt64(lower) << (8 &* UInt64(length)) }
                    length &+= 1
                    j &+= 1
                }
                letters &+= length
                if length <= StopWords.longest { scores &+= StopWords.score(key, keys: keys, scores: table) }
                i = j
                words &+= 1
                // Once a clear lead shows, more text would not change the answer.
                if words & 7 == 0, japanese == 0, Self.leads(scores) { break }
                continue
            }
            switch v {
            case 0x3041...0x30FF:
                kana &+= 1
                japanese &+= 1
                letters &+= 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF:
                japanese &+= 1
                letters &+= 1
            case 0x201E: scores &+= SIMD4(0, 2, 0, 0)  // „ opens German quotes
            case 0x00A1, 0x00BF: scores &+= SIMD4(0, 0, 0, 3)  // ¡ ¿
            default: break
            }
            i &+= 1
        }
        if kana > 0, japanese * 3 >= letters { return .japanese }
        var best = 0
        for k in 1..<4 where scores[k] > scores[best] { best = k }
        return scores[best] > 0 ? StopWords.languages[best] : .english
    }

    /// The lower-case Latin-1 value of a letter of ASCII or Latin-1, else nil.
    @inline(__always) private static func latinLetter(_ v: UInt32) -> UInt8? {
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A ? UInt8(v | 0x20) : nil }
        guard v >= 0xC0, v <= 0xFF, v != 0xD7, v != 0xF7 else { return nil }
        return v <= 0xDE ? UInt8(v | 0x20) : UInt8(v)
    }

    /// True when the best score is at least 12 and three times the next.
    private static func leads(_ scores: SIMD4<Int32>) -> Bool {
        let top = scores.max()
        guard top >= 12 else { return false }
        var second: Int32 = 0
        var seenTop = false
        for k in 0..<4 {
            if scores[k] == top, !seenTop { seenTop = true } else { second = max(second, scores[k]) }
        }
        return top >= 3 * second
    }
}

/// Short words frequent in one Latin-script language and rare in the others, each packed as
/// up to eight Latin-1 bytes, lower case.
enum StopWords {
    static let languages: [Language] = [.english, .german, .french, .spanish]

    static let english = [
        "the", "and", "of", "to", "that", "with", "was", "is", "for", "said", "his", "her", "they", "have", "has", "from",
        "on", "at", "by", "this", "be", "are", "it", "he", "she", "we", "but", "not", "will", "would", "who", "which",
    ]
    static let german = [
        "der", "die", "das", "und", "nicht", "ist", "mit", "sich", "den", "dem", "ein", "eine", "einer", "sagte", "auch",
        "auf", "für", "von", "zu", "es", "er", "sie", "wir", "wurde", "werden", "dass", "bei", "nach", "im", "ich", "noch",
        "aus", "wie", "sind", "hat", "habe", "vor", "zum", "zur", "so", "laut", "aber", "des", "man",
    ]
    static let french = [
        "le", "les", "et", "des", "du", "une", "est", "dans", "pour", "qui", "pas", "sur", "au", "aux", "avec", "il",
        "elle", "ce", "cette", "son", "sa", "ses", "selon", "été", "nous", "ne", "je", "mais", "ont", "sont", "où", "à",
        "d", "l", "qu", "c", "n",
    ]
    static let spanish = [
        "el", "los", "las", "y", "del", "por", "con", "para", "una", "es", "se", "su", "al", "como", "más", "pero", "dijo",
        "según", "fue", "lo", "ha", "muy", "sus", "yo", "ya", "hay", "este", "esta", "está", "también", "sin", "sobre",
    ]

    /// The longest stop word, in letters: longer words are not looked up.
    static let longest = 7

    /// Packed words and their scores per language (`languages`' order), open-addressed:
    /// a multiplicative hash and linear probing, 0 for an empty slot (no word packs to 0).
    static let table: (keys: [UInt64], scores: [SIMD4<Int32>]) = {
        var keys = [UInt64](repeating: 0, count: size)
        var scores = [SIMD4<Int32>](repeating: .zero, count: size)
        for (k, words) in [english, german, french, spanish].enumerated() {
            for word in words {
                precondition(word.unicodeScalars.count <= longest, "\(word) is longer than the longest stop word")
                let key = pack(word)
                var slot = StopWords.slot(key)
                while keys[slot] != 0, keys[slot] != key { slot = (slot + 1) & (size - 1) }
                keys[slot] = key
                scores[slot][k] += 1
            }
        }
        return (keys, scores)
    }()

    private static let size = 1024

    @inline(__always) private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 54)
    }

    static func pack(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        for (n, s) in word.unicodeScalars.prefix(8).enumerated() { key |= UInt64(s.value & 0xFF) << (8 * UInt64(n)) }
        return key
    }

    @inline(__always) static func score(
        _ key: UInt64, keys: UnsafeBufferPointer<UInt64>, scores: UnsafeBufferPointer<SIMD4<Int32>>
    ) -> SIMD4<Int32> {
        var slot = slot(key)
        while true {
            let found = keys[slot]
            if found == key { return scores[slot] }
            if found == 0 { return .zero }
            slot = (slot &+ 1) & (size &- 1)
        }
    }

    /// Letters outside ASCII that belong to one language more than the others (ß, ä, ñ, ç…).
    @inline(__always) static func letterScore(_ lower: UInt8) -> SIMD4<Int32> {
        switch lower {
        case 0xE4, 0xF6, 0xFC: SIMD4(0, 1, 0, 0)  // ä ö ü
        case 0xDF: SIMD4(0, 2, 0, 0)  // ß
        case 0xE8, 0xEA, 0xE7, 0xE0, 0xE2, 0xEE, 0xF4, 0xFB, 0xEB, 0xEF: SIMD4(0, 0, 1, 0)  // è ê ç à â î ô û ë ï
        case 0xF1, 0xE1, 0xED, 0xF3, 0xFA: SIMD4(0, 0, 0, 1)  // ñ á í ó ú
        default: .zero
        }
    }
}
