import SaywhoCore
import Testing

@testable import SaywhoAttribution

/// The tokenizer's branch-free reading of ASCII runs, eight scalars at a time, and the word
/// hash fed in chunks: both must agree with the scalar-by-scalar way.
@Suite struct TokenizerRunTests {
    /// Scalars a word run meets: letters of both cases, digits, the ASCII neighbours of their
    /// ranges, apostrophes, and scalars beyond ASCII whose low byte looks like a letter.
    static let alphabet: [Unicode.Scalar] = [
        "a", "z", "A", "Z", "m", "Q", "0", "9", "5", "@", "[", "`", "{", "/", ":", " ", ".", "-", "'", "\u{7F}", "\u{0}",
        "\u{10}", "\u{19}", "\u{80}", "\u{E9}", "\u{C1}", "\u{161}", "\u{141}", "\u{2019}", "\u{212A}", "\u{3041}", "\u{1F600}",
        "\u{10FF61}",
    ]

    @Test func asciiWordRunAgreesWithAScalarLoop() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20_000 {
            // Mostly letters, so that long runs and runs that end anywhere both come up.
            let scalars: [Unicode.Scalar] = (0..<8).map { _ in
                round % 3 == 0 || Int.random(in: 0..<4, using: &generator) == 0
                    ? Self.alphabet.randomElement(using: &generator)!
                    : Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &generator))
            }
            var expected = 0
            while expected < 8, Scalars.isASCIIWord(scalars[expected].value) { expected += 1 }
            let (count, bytes) = scalars.withUnsafeBytes { Tokenizer.asciiWordRun($0.baseAddress!) }
            #expect(count == UInt64(expected), "\(scalars)")
            for k in 0..<expected {
                #expect(UInt8(truncatingIfNeeded: bytes >> UInt64(8 * k)) == WordSet.folded(scalars[k]), "\(scalars)")
            }
        }
    }

    @Test func chunkedHashAgreesWithBytes() {
        let words = [
            "", "a", "said", "abcdefg", "abcdefgh", "abcdefghi", "O'Brien's", "présidente", "述べた",
            String(repeating: "xyz", count: 11),
        ]
        for word in words {
            let bytes = Array(word.utf8)
            var one = WordHasher()
            for byte in bytes { one.add(byte) }
            #expect(one.value == WordSet.hash(word))
            // Any split into chunks of up to eight bytes gives the same value.
            for size in 1...8 {
                var chunked = WordHasher()
                var i = 0
                while i < bytes.count {
                    let n = min(size, bytes.count - i)
                    var packed: UInt64 = 0
                    for k in 0..<n { packed |= UInt64(bytes[i + k]) << UInt64(8 * k) }
                    chunked.add(packed, count: UInt64(n))
                    i += n
                }
                #expect(chunked.value == one.value, "\(word) in chunks of \(size)")
            }
        }
    }
}
