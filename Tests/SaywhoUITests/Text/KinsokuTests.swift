import Foundation
import SaywhoTestSupport
import Testing

@testable import SaywhoUI

/// Japanese line breaking in the wrapper: CJK text breaks between characters, but no row starts
/// with a closing mark, a stop or a small kana, and none ends with an opening mark.
@Suite struct KinsokuTests {
    private func rows(_ text: String, width: Int) -> [String] {
        rawRows(text, width: width).map { $0.trimmingCharacters(in: .newlines) }
    }

    /// The rows as the text holds them, a paragraph's last with its line feed.
    private func rawRows(_ text: String, width: Int) -> [String] {
        let wrapped = WrappedText(text, width: width)
        return wrapped.rows.map { row in String(text[row.start..<row.end]) }
    }

    @Test func aStopNeverStartsARow() {
        // Five characters fit; the stop would start the second row, so 晴 moves down with it.
        #expect(rows("今日は晴れ。明日は雨", width: 10) == ["今日は晴", "れ。明日は", "雨"])
        #expect(rows("駅前、北浜", width: 6) == ["駅前、", "北浜"])
        #expect(rows("駅前の北浜、南浜", width: 10) == ["駅前の北", "浜、南浜"])
    }

    @Test func anOpeningMarkNeverEndsARow() {
        #expect(rows("大川市長は「安全だ」と述べた", width: 12) == ["大川市長は", "「安全だ」と", "述べた"])
        #expect(rows("市長は「安全」と述べた", width: 8) == ["市長は", "「安全」", "と述べた"])
    }

    @Test func aClosingMarkNeverStartsARow() {
        #expect(rows("「安全」と述べた", width: 6) == ["「安", "全」と", "述べた"])
        #expect(rows("石井健二さん（72）は", width: 10) == ["石井健二さ", "ん（72）は"])
        #expect(rows("石井健二さん（72）は", width: 14) == ["石井健二さん", "（72）は"])
    }

    @Test func aSmallKanaNeverStartsARow() {
        #expect(rows("ちょっと待って", width: 6) == ["ちょっ", "と待っ", "て"])
        #expect(rows("シャッター", width: 6) == ["シャッ", "ター"])
    }

    @Test func latinTextStillBreaksOnlyAtSpaces() {
        #expect(rows("the quick brown fox", width: 10) == ["the quick ", "brown fox"])
        // A row with a space breaks there, as before; CJK breaks serve rows without one.
        #expect(rows("Tokyo 東京 Osaka", width: 8) == ["Tokyo ", "東京 ", "Osaka"])
    }

    @Test(arguments: [8, 10, 14, 20, 31, 40])
    func noRowOfTheJapaneseSeedBreaksAKinsokuRule(width: Int) throws {
        let path = TestPaths.seeds.appendingPathComponent("007_shiomi-bridge.md")
        let text = try String(contentsOf: path, encoding: .utf8)
        let all = rawRows(text, width: width)
        #expect(all.count > 10)
        for (i, row) in all.enumerated() {
            let trimmed = row.trimmingCharacters(in: .whitespacesAndNewlines)
            guard let first = trimmed.unicodeScalars.first, let last = trimmed.unicodeScalars.last else { continue }
            if i > 0, !all[i - 1].hasSuffix("\n") {
                #expect(!Kinsoku.noStart.contains(first) || !Kinsoku.isCJK(first), "row \(i) starts with \(first): \(row)")
            }
            #expect(!Kinsoku.noEnd.contains(last) || !Kinsoku.isCJK(last), "row \(i) ends with \(last): \(row)")
            #expect(DisplayWidth.of(trimmed) <= width, "row \(i) is too wide: \(row)")
        }
    }
}
