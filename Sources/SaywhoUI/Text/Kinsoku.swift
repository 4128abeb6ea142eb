/// Japanese line-breaking rules (kinsoku shori): where a row of CJK text may end.
///
/// CJK text has no spaces, so a row may break between any two characters, except that no row
/// starts with closing marks, stops, small kana or the prolonged-sound mark (`、。，．」』）】ぁっャー`),
/// and none ends with an opening mark (`「『（【`). The wrapper asks `allowsBreak(between:and:)` for
/// each pair of neighbours with a CJK character on one side; Latin text keeps breaking at spaces.
enum Kinsoku {
    /// Characters a row must not start with.
    static let noStart = Set(("、。，．・：；？！゛゜ヽヾゝゞ々〻ー‐゠〜～…‥」』）】〕］｝〉》〙〗｠»’”)]}" + smallKana).unicodeScalars)

    /// Characters a row must not end with.
    static let noEnd = Set("「『（【〔［｛〈《〘〖｟«‘“([{".unicodeScalars)

    /// Small hiragana and katakana, which read as part of the character before them.
    static let smallKana = "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"

    /// True for a scalar of CJK script or punctuation, between which rows may break without a space.
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3000...0x303F, 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
            0xFF00...0xFFEF, 0xAC00...0xD7AF:
            return true
        default:
            return false
        }
    }

    /// True when a row may end after `before` and the next start with `after`, with no space between:
    /// one of them is CJK, `after` may start a row and `before` may end one.
    static func allowsBreak(between before: Unicode.Scalar, and after: Unicode.Scalar) -> Bool {
        guard isCJK(before) || isCJK(after) else { return false }
        return !noStart.contains(after) && !noEnd.contains(before)
    }
}
