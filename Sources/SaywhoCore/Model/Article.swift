import Foundation

/// One news article as read from disk: metadata and its body text.
public struct Article: Hashable, Sendable, Identifiable {
    /// Stable id: the JSON `id` when the file gives one, else the file name without extension.
    public var id: String
    /// The file the article came from (for JSON Lines, the file that holds it).
    public var path: String
    public var title: String
    /// `YYYY-MM-DD` when known.
    public var date: String?
    public var outlet: String?
    public var author: String?
    public var url: String?
    /// The language of the text: as the metadata names it (`lang`, `language`), else detected.
    public var language: Language
    /// The body text; every range in the model is a scalar offset into it.
    public var text: String
    /// Non-empty lines of `text`, in order.
    public var paragraphs: [TextRange]

    public init(
        id: String, path: String, title: String? = nil, date: String? = nil, outlet: String? = nil,
        author: String? = nil, url: String? = nil, language: Language? = nil, text: String
    ) {
        self.id = id
        self.path = path
        self.text = text
        self.paragraphs = Article.paragraphRanges(of: text)
        self.title = (title?.isEmpty == false ? title! : nil) ?? Article.derivedTitle(of: text)
        self.date = date
        self.outlet = outlet
        self.author = author
        self.url = url
        self.language = language ?? Language.detect(text)
    }

    /// Ranges of the non-blank lines of `text`, trimmed of surrounding spaces.
    public static func paragraphRanges(of text: String) -> [TextRange] {
        paragraphRanges(of: Array(text.unicodeScalars))
    }

    /// Ranges of the non-blank lines of a text given as scalars.
    public static func paragraphRanges(of scalars: [Unicode.Scalar]) -> [TextRange] {
        scalars.withUnsafeBufferPointer { scalars in
            var result: [TextRange] = []
            var start = 0
            var offset = 0
            let count = scalars.count
            let raw = UnsafeRawPointer(scalars.baseAddress)
            while offset < count {
                // Four scalars at a time (one SSE register) up to the four that hold a line break.
                if let raw {
                    while offset &+ 4 <= count,
                        !any(raw.loadUnaligned(fromByteOffset: offset &* 4, as: SIMD4<UInt32>.self) .== 0x0A)
                    {
                        offset &+= 4
                    }
                }
                let stop = min(count, offset &+ 4)
                while offset < stop {
                    if scalars[offset] == "\n" {
                        appendTrimmed(scalars, start, offset, into: &result)
                        start = offset + 1
                    }
                    offset &+= 1
                }
            }
            appendTrimmed(scalars, start, count, into: &result)
            return result
        }
    }

    /// `paragraphRanges(of: scalars)` when `newlines` holds the offset of every line feed of
    /// `scalars`, in order (as the JSON reader finds them while decoding): no pass over the text.
    static func paragraphRanges(of scalars: [Unicode.Scalar], newlines: [Int]) -> [TextRange] {
        scalars.withUnsafeBufferPointer { scalars in
            var result: [TextRange] = []
            result.reserveCapacity(newlines.count + 1)
            var start = 0
            for offset in newlines {
                appendTrimmed(scalars, start, offset, into: &result)
                start = offset + 1
            }
            appendTrimmed(scalars, start, scalars.count, into: &result)
            return result
        }
    }

    private static func appendTrimmed(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, into result: inout [TextRange]
    ) {
        var s = start
        var e = end
        while s < e, isBlank(scalars[s]) { s += 1 }
        while e > s, isBlank(scalars[e - 1]) { e -= 1 }
        if e > s { result.append(TextRange(s, e)) }
    }

    /// White space, with an ASCII fast path (the Unicode property lookup is slow per scalar).
    @inline(__always) private static func isBlank(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) }
        return s.properties.isWhitespace
    }

    /// The first sentence of the text, shortened to a readable title.
    public static func derivedTitle(of text: String) -> String {
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        var sentence = firstLine.trimmingCharacters(in: .whitespaces)
        if let end = sentenceEnd(in: sentence) { sentence = String(sentence[..<end]) }
        if sentence.count > 100 {
            let cut = sentence.prefix(100)
            if let space = cut.lastIndex(of: " ") {
                sentence = String(cut[..<space]) + "…"
            } else {
                sentence = String(cut) + "…"
            }
        }
        return sentence.isEmpty ? "(untitled)" : sentence
    }

    /// The index just past the first sentence-ending mark followed by a space.
    private static func sentenceEnd(in line: String) -> String.Index? {
        var index = line.startIndex
        while index < line.endIndex {
            let next = line.index(after: index)
            if ".!?".contains(line[index]), next == line.endIndex || line[next] == " " {
                // Keep the mark only for ! and ?; a title reads better without a full stop.
                return line[index] == "." ? index : next
            }
            index = next
        }
        return nil
    }
}
