import Foundation

/// An article's date as a file gives it: a calendar day, free text, or a date that cannot be.
///
/// Every format reads its date through this one policy. A value that starts with `YYYY-MM-DD`
/// in the digits 0–9 and names a real day is that day, whatever follows (a time, a zone):
/// the day the article gives is kept, never shifted. A value shaped like a date that names no
/// day (`2024-02-30`, `2024-13-45`) or is written in other digits (full-width `２０２４`) is
/// refused, so the loader can warn about it. Anything else (`March 14, 2024`) is text.
public enum ArticleDate: Hashable, Sendable {
    /// A real calendar day, as `YYYY-MM-DD`.
    case day(String)
    /// A value that is not a date in `YYYY-MM-DD` form, kept as written (trimmed).
    case text(String)
    /// A value shaped like `YYYY-MM-DD` that is not a calendar date saywho reads.
    case invalid(String)

    /// The date of `raw`, or nil when `raw` is nil or blank.
    public init?(_ raw: String?) {
        guard let raw = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !raw.isEmpty else { return nil }
        let head = Array(raw.unicodeScalars.prefix(10))
        if let day = Self.calendarDay(head) {
            self = .day(day)
        } else if Self.isDateShaped(Array(raw.prefix(10))) {
            self = .invalid(raw)
        } else {
            self = .text(raw)
        }
    }

    /// What is stored as the article's date: the day, the text, or nothing for an invalid date.
    public var stored: String? {
        switch self {
        case .day(let day), .text(let day): return day
        case .invalid: return nil
        }
    }

    /// The warning for an invalid date, for the loader to report with the file's name.
    public var problem: String? {
        guard case .invalid(let raw) = self else { return nil }
        return "date \"\(raw)\" is not a calendar date (YYYY-MM-DD); the article has no date"
    }

    /// The date of `raw` as stored, adding a warning about an invalid one to `warnings`.
    static func read(_ raw: String?, path: String, line: Int?, warnings: inout [InputError]) -> String? {
        guard let date = ArticleDate(raw) else { return nil }
        if let problem = date.problem { warnings.append(.malformed(path: path, line: line, reason: problem)) }
        return date.stored
    }

    /// `YYYY-MM-DD` when the ten scalars are one in the ASCII digits and name a real day.
    static func calendarDay(_ scalars: [Unicode.Scalar]) -> String? {
        guard scalars.count == 10, scalars[4] == "-", scalars[7] == "-" else { return nil }
        var digits: [Int] = []
        for (offset, scalar) in scalars.enumerated() where offset != 4 && offset != 7 {
            guard ("0"..."9").contains(scalar) else { return nil }
            digits.append(Int(scalar.value) - 48)
        }
        let year = digits[0...3].reduce(0) { $0 * 10 + $1 }
        let month = digits[4] * 10 + digits[5]
        let day = digits[6] * 10 + digits[7]
        guard year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Whether ten characters are digits of any script in the shape `DDDD-DD-DD` (a hyphen or a full-width one).
    static func isDateShaped(_ characters: [Character]) -> Bool {
        guard characters.count == 10 else { return false }
        return characters.enumerated().allSatisfy { offset, character in
            if offset == 4 || offset == 7 { return character == "-" || character == "－" }
            return character.unicodeScalars.count == 1 && character.unicodeScalars.first!.properties.numericType == .decimal
        }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
