import SaywhoCore

/// Styled text laid out in lines of a width: the attribution pane and overlays write with it.
struct RichLines {
    struct Span {
        var text: String
        var style: CellStyle
    }

    let width: Int
    private(set) var lines: [[Span]] = []

    init(width: Int) { self.width = max(1, width) }

    /// Adds a paragraph of spans, word-wrapped; continuation lines start with `indent` spaces.
    mutating func add(_ spans: [Span], indent: Int = 0) {
        var line: [Span] = []
        var used = 0
        func flush() {
            lines.append(line)
            line = indent > 0 ? [Span(text: String(repeating: " ", count: indent), style: .text)] : []
            used = indent
        }
        for var span in spans {
            span.text = span.text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { Sanitizer.visible($0) }.joined(separator: "\n")
            // Split into words, keeping the spaces with the word before them.
            var word = ""
            func place(_ piece: String) {
                let w = DisplayWidth.of(piece)
                if used + w > width, used > indent {
                    flush()
                    let trimmed = String(piece.drop(while: { $0 == " " }))
                    place2(trimmed)
                    return
                }
                place2(piece)
            }
            func place2(_ piece: String) {
                var rest = Substring(piece)
                while DisplayWidth.of(rest) > width - used, used < width {
                    // A word longer than the line: cut it by display width.
                    let head = Truncation.prefix(rest, width: width - used)
                    line.append(Span(text: String(head), style: span.style))
                    rest = rest.dropFirst(head.count)
                    flush()
                }
                if !rest.isEmpty {
                    line.append(Span(text: String(rest), style: span.style))
                    used += DisplayWidth.of(rest)
                }
            }
            for character in span.text {
                if character == "\n" {
                    place(word)
                    word = ""
                    flush()
                    continue
                }
                word.append(character)
                if character == " " {
                    place(word)
                    word = ""
                }
            }
            if !word.isEmpty { place(word) }
        }
        lines.append(line)
    }

    mutating func add(_ text: String, _ style: CellStyle = .text, indent: Int = 0) {
        add([Span(text: text, style: style)], indent: indent)
    }

    mutating func blank() { lines.append([]) }

    /// Draws lines `from...` into `rect`.
    func render(into buffer: inout CellBuffer, rect: Rect, from first: Int) {
        buffer.fill(rect)
        var y = rect.y
        var index = max(0, first)
        while index < lines.count, y < rect.maxY {
            var x = rect.x
            for span in lines[index] where x < rect.maxX {
                x = buffer.put(span.text, x: x, y: y, style: span.style, maxWidth: rect.maxX - x)
            }
            y += 1
            index += 1
        }
    }
}
