import CNCursesW
import Foundation
import SaywhoCore
import SaywhoUI
import Testing

/// SaywhoUI's own width tables must agree with the C library the terminal side uses.
@Suite(.serialized) struct WidthAgreementTests {
    @Test func everyPrintableScalarMatchesWcwidth() {
        setlocale(LC_ALL, "C.UTF-8")
        var mismatches: [String] = []
        for value in UInt32(0x20)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !Sanitizer.isUnsafe(scalar) else { continue }
            let expected = saywho_wcwidth(value)
            guard expected >= 0 else { continue }
            if DisplayWidth.of(scalar) != Int(expected) {
                mismatches.append(String(value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "differ from wcwidth: \(mismatches.prefix(20))")
    }

    @Test func clusterWidthsFollowTheirBase() {
        setlocale(LC_ALL, "C.UTF-8")
        for text in ["漢", "é", "e\u{301}", "😀", "👍🏽", "👨‍👩‍👧", "\u{1100}\u{1161}"] {
            let character = Character(text)
            #expect(DisplayWidth.of(character) == Int(saywho_wcwidth(character.unicodeScalars.first!.value)), "\(text)")
        }
        #expect(DisplayWidth.of("🇫🇷" as Character) == 2)
    }
}
