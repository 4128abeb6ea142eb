/// The Japanese word lists, in `Resources/lexicon/ja/`, as scalar arrays: Japanese runs without
/// spaces, so the rules match them against the text scalar by scalar rather than word by word.
enum JapaneseLexicon {
    /// Verb stems that follow と after a quotation to say someone said it (述べ, 話し, 投稿).
    static let cueStems = LexiconFile.words(PackageResources.cue_stems_ja_txt)
    /// Titles after a name (市長, 社長, 議員).
    static let titles = scalars(PackageResources.titles_ja_txt)
    /// Honorifics after a name (さん, 氏, 容疑者).
    static let honorifics = scalars(PackageResources.honorifics_ja_txt)
    /// Titles and honorifics, longest first, so that 副市長 is read before 市長.
    static let suffixes = (titles + honorifics).sorted { $0.count > $1.count }
    /// Platforms by the word that names them (x = X, インスタグラム).
    static let platforms = table(PackageResources.platforms_ja_txt)
    /// Press conferences, reporters, comments and statements (記者会見, 記者団, コメント).
    static let pressWords = scalars(PackageResources.press_words_ja_txt).sorted { $0.count > $1.count }
    /// Nouns after の that make the noun before them an outlet (取材, インタビュー).
    static let interviewWords = scalars(PackageResources.interview_words_ja_txt).sorted { $0.count > $1.count }
    /// Nouns for an unnamed person (女性, 担当者).
    static let unnamedHeads = Set(LexiconFile.words(PackageResources.unnamed_heads_ja_txt))
    /// Endings of organisation names (署, 交通, 堂).
    static let organisationWords = LexiconFile.words(PackageResources.organisation_words_ja_txt)

    private static func scalars(_ bytes: [UInt8]) -> [[Unicode.Scalar]] {
        LexiconFile.words(bytes).map { Array($0.unicodeScalars) }
    }

    private static func table(_ bytes: [UInt8]) -> [(word: [Unicode.Scalar], channel: String)] {
        LexiconFile.table(bytes).map { (Array($0.key.unicodeScalars), $0.value) }.sorted { $0.word.count > $1.word.count }
    }
}

/// Classes of Japanese scalars the Japanese rules read.
enum JapaneseScript {
    static func isKanji(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || s.value == 0x3005
    }

    static func isHiragana(_ s: Unicode.Scalar) -> Bool { (0x3041...0x309F).contains(s.value) }

    static func isKatakana(_ s: Unicode.Scalar) -> Bool { (0x30A0...0x30FF).contains(s.value) }

    /// A scalar a name or a noun is written in: kanji, katakana, Latin letters and digits (no hiragana).
    static func isNounScalar(_ s: Unicode.Scalar) -> Bool {
        isKanji(s) || isKatakana(s) || s.properties.isAlphabetic && s.value < 0x3000 || (0xFF10...0xFF5A).contains(s.value)
            || ("0"..."9").contains(s)
    }

    /// True when `scalars[at...]` starts with `word`; ASCII letters match without case (X, x).
    static func matches(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at: Int, end: Int) -> Bool {
        guard at >= 0, at + word.count <= end else { return false }
        for (i, w) in word.enumerated() {
            let s = scalars[at + i]
            if s == w { continue }
            if s.value < 0x80, w.value < 0x80, s.properties.lowercaseMapping == String(w) { continue }
            return false
        }
        return true
    }

    /// True when `scalars[..<end]` ends with `word`.
    static func endsWith(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], end: Int, start: Int) -> Bool {
        end - word.count >= start && matches(word, in: scalars, at: end - word.count, end: end)
    }
}
