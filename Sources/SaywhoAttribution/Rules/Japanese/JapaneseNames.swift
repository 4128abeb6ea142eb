import SaywhoCore

/// Turns Japanese speaker mentions into speakers: a title or honorific after a name dropped
/// (`高橋市長` → 高橋, `山本和子さん` → 山本和子), and a surname linked to the full name the
/// article gave with a title, an honorific or an age (`高橋美咲市長`, `田中翔太容疑者（24）`).
///
/// Japanese runs without spaces, so names are read scalar by scalar: the kanji (and katakana)
/// run before a title, with a given name in hiragana after the kanji (`伊藤さくら氏`).
struct JapaneseNames {
    let frame: Frame
    /// Full names the article gives, with where each stands, in text order.
    private(set) var people: [(name: [Unicode.Scalar], offset: Int)] = []
    /// Indices into `people` by the name's first scalar.
    private var byFirst: [Unicode.Scalar: [Int]] = [:]

    /// How many names a lookup reads at most, so that an article of thousands of names resolves in linear time.
    static let lookupLimit = 64

    /// Longest name read before a title: longer kanji runs are phrases, not names.
    static let longestName = 7

    init(frame: Frame) {
        self.frame = frame
        collectPeople()
    }

    /// Every name the article writes before a title, an honorific or an age in parentheses.
    private mutating func collectPeople() {
        let scalars = frame.scalars
        for paragraph in frame.paragraphs {
            var i = paragraph.start + 1
            while i < paragraph.end {
                let s = scalars[i]
                guard JapaneseScript.isKanji(s) || JapaneseScript.isHiragana(s) || s == "（" || s == "(" else {
                    i += 1
                    continue
                }
                var nameEnd: Int?
                if s == "（" || s == "(", i + 1 < paragraph.end, ("0"..."9").contains(scalars[i + 1]) {
                    // "渡辺一郎社長（58）": the name ends before the title the age follows.
                    let title = JapaneseLexicon.suffixes.first {
                        JapaneseScript.endsWith($0, in: scalars, end: i, start: paragraph.start)
                    }
                    nameEnd = i - (title?.count ?? 0)
                } else if let suffix = JapaneseLexicon.suffixes.first(where: {
                    JapaneseScript.matches($0, in: scalars, at: i, end: paragraph.end)
                }) {
                    nameEnd = i
                    i += suffix.count - 1
                }
                if let end = nameEnd, let name = Self.name(endingAt: end, in: scalars, from: paragraph.start) {
                    byFirst[scalars[name], default: []].append(people.count)
                    people.append((Array(scalars[name..<end]), name))
                }
                i += 1
            }
        }
    }

    /// The start of the name that ends at `end`: a kanji or katakana run of two or more, with a
    /// given name of two or more hiragana after the kanji (伊藤さくら); nil when a particle or
    /// verb ending stands there instead (`の工場長`).
    static func name(endingAt end: Int, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var i = end
        while i > start, JapaneseScript.isHiragana(scalars[i - 1]) { i -= 1 }
        let kana = end - i
        if kana == 1 || kana > 4 { return nil }
        let kanaEnd = i
        while i > start, JapaneseScript.isKanji(scalars[i - 1]) || JapaneseScript.isKatakana(scalars[i - 1]) && kana == 0 {
            i -= 1
        }
        let length = kanaEnd - i
        guard kana > 0 ? length >= 1 : length >= 2, end - i <= longestName else { return nil }
        return i
    }

    /// True when a 「…」 quotation names something rather than quotes anyone: a name used as a
    /// noun, followed by の or a parenthesis (`団体「北浜本の会」の代表`, `「月見堂」（南山市）は`).
    static func isName(_ candidate: QuoteCandidate, frame: Frame) -> Bool {
        guard candidate.segments.count == 1 else { return false }
        let range = candidate.segments[0]
        guard range.end > range.start, range.end < frame.scalars.count, frame.scalars[range.start] == "「" else { return false }
        let after = frame.scalars[range.end]
        return after == "の" || after == "（" || after == "("
    }

    /// The speaker a Japanese mention names.
    func resolve(_ local: LocalAttribution) -> SpeakerResolver.Resolved {
        let range = local.mentionRange(in: frame)
        let scalars = frame.scalars
        var end = range.end
        var titled = false
        if let suffix = JapaneseLexicon.suffixes.first(where: {
            $0.count < end - range.start && JapaneseScript.endsWith($0, in: scalars, end: end, start: range.start)
        }) {
            end -= suffix.count
            titled = true
        }
        var start = range.start
        if titled {
            start = Self.name(endingAt: end, in: scalars, from: range.start) ?? start
        } else {
            // "運行する北信交通": the noun at the end, past the clause that describes it.
            var i = end
            while i > start, JapaneseScript.isNounScalar(scalars[i - 1]) { i -= 1 }
            if i < end { start = i }
        }
        let base = Array(scalars[start..<end])
        let text = String(String.UnicodeScalarView(base))
        if base.count >= 1, let full = person(startingWith: base, near: range.start) {
            return .init(name: String(String.UnicodeScalarView(full)), kind: .person, antecedent: nil)
        }
        if titled { return .init(name: text, kind: .person, antecedent: nil) }
        if JapaneseLexicon.unnamedHeads.contains(text) { return .init(name: text, kind: .unnamed, antecedent: nil) }
        if JapaneseLexicon.organisationWords.contains(where: { text.hasSuffix($0) }) {
            return .init(name: text, kind: .organisation, antecedent: nil)
        }
        return .init(name: text, kind: .person, antecedent: nil)
    }

    /// The full name that `base` is, or starts (a surname): the longest such name the article
    /// gives, the nearest before `offset` among equals.
    private func person(startingWith base: [Unicode.Scalar], near offset: Int) -> [Unicode.Scalar]? {
        guard let first = base.first, let same = byFirst[first] else { return nil }
        // The names nearest before `offset`, a bounded few, and a few after it.
        var lo = 0
        var hi = same.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if people[same[mid]].offset <= offset { lo = mid + 1 } else { hi = mid }
        }
        var best: (name: [Unicode.Scalar], offset: Int)?
        for person in same[max(0, lo - Self.lookupLimit)..<min(same.count, lo + 8)].map({ people[$0] })
        where person.name.count >= base.count && person.name.starts(with: base) {
            guard let known = best else {
                best = person
                continue
            }
            if person.name.count > known.name.count || person.name.count == known.name.count && person.offset <= offset {
                best = person
            }
        }
        return best?.name
    }
}
