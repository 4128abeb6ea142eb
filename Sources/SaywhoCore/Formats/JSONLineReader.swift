#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads the article object on one line of a JSON Lines file, straight from its bytes.
///
/// The one JSON Lines reader: the loader reads `.jsonl` files with it and `saywho extract`
/// reads its input with it, so both take the same keys (`ArticleField`) with the same
/// precedence. Foundation's JSONSerialization would build every value of the line, the
/// gold annotations of an evaluation file included; this reader decodes only the fields
/// an article has and checks the rest without building it.
///
/// It reads what Foundation's JSONSerialization reads and refuses what it refuses (a test
/// and `Scripts/fuzz-jsonl.sh` compare the two): RFC 8259 JSON, plus one trailing comma
/// in an object or array, and no more than 512 levels of nesting. A lone surrogate, a bad
/// escape, a control character or invalid UTF-8 in any string, and a number too large for
/// a `Double`, make the line invalid; nothing is repaired.
public struct JSONLineReader: Sendable {
    /// The fields of one article line, as written (a number's characters when a field is a number).
    public struct Record: Hashable, Sendable {
        public var id: String?
        public var text: String
        public var title: String?
        public var date: String?
        public var outlet: String?
        public var author: String?
        public var url: String?
        /// The `lang` or `language` tag as written (`de`, `de-AT`, `Deutsch`).
        public var language: String?

        public init(
            id: String? = nil, text: String, title: String? = nil, date: String? = nil, outlet: String? = nil,
            author: String? = nil, url: String? = nil, language: String? = nil
        ) {
            self.id = id
            self.text = text
            self.title = title
            self.date = date
            self.outlet = outlet
            self.author = author
            self.url = url
            self.language = language
        }
    }

    /// What extraction needs of a line: the id, the text as Unicode scalars, and its paragraphs.
    public struct ScalarRecord: Hashable, Sendable {
        public var id: String?
        public var scalars: [Unicode.Scalar]
        /// `Article.paragraphRanges(of:)` of the text, found from the line breaks met while decoding.
        public var paragraphs: [TextRange]
        /// The `lang` or `language` tag as written, when the line has one (`de`, `ja-JP`, `Deutsch`).
        public var language: String? = nil
        /// The `author` field, when the line has one: the interviewer of an interview.
        public var author: String? = nil
    }

    public init() {}

    /// Every field of the article on `line`.
    public func record(_ line: UnsafeBufferPointer<UInt8>) throws(JSONLineError) -> Record {
        let fields = try Walk.read(line, decodeMetadata: true, text: StringText.self)
        guard let text = fields.text else { throw .noText }
        return Record(
            id: fields.value(.id), text: text, title: fields.value(.title), date: fields.value(.date),
            outlet: fields.value(.outlet),
            author: fields.value(.author), url: fields.value(.url), language: fields.value(.language))
    }

    /// `record(_:)` of a line given as a string.
    public func record(_ line: String) throws(JSONLineError) -> Record {
        var copy = line
        return try copy.withUTF8 { bytes in Result { () throws(JSONLineError) in try record(bytes) } }.get()
    }

    /// The id and the text of `line` as Unicode scalars, decoded straight from the bytes
    /// without building a `String`, with its language and author tags: what `saywho extract`
    /// needs, and all it decodes. The
    /// line is checked as `record(_:)` checks it, and the scalars are those of its text.
    public func scalarRecord(_ line: UnsafeBufferPointer<UInt8>) throws(JSONLineError) -> ScalarRecord {
        let fields = try Walk.read(line, decodeMetadata: false, text: ScalarsText.self)
        guard let text = fields.text else { throw .noText }
        let paragraphs = Article.paragraphRanges(of: text.scalars, newlines: text.newlines)
        return ScalarRecord(
            id: fields.value(.id), scalars: text.scalars, paragraphs: paragraphs, language: fields.value(.language),
            author: fields.value(.author))
    }

    /// `scalarRecord(_:)` of a line given as a string.
    public func scalarRecord(_ line: String) throws(JSONLineError) -> ScalarRecord {
        var copy = line
        return try copy.withUTF8 { bytes in Result { () throws(JSONLineError) in try scalarRecord(bytes) } }.get()
    }
}

/// How a text value is decoded: to a `String` for the loader, to scalars for `extract`.
private protocol TextDecoding {
    associatedtype Text
    static func decode(_ cursor: inout JSONCursor) throws(JSONLineError) -> Text
    static func number(_ digits: UnsafeBufferPointer<UInt8>) -> Text
    static func isEmpty(_ text: Text) -> Bool
}

private enum StringText: TextDecoding {
    static func decode(_ cursor: inout JSONCursor) throws(JSONLineError) -> String { try cursor.decodedString() }
    static func number(_ digits: UnsafeBufferPointer<UInt8>) -> String { String(decoding: digits, as: UTF8.self) }
    static func isEmpty(_ text: String) -> Bool { text.isEmpty }
}

private enum ScalarsText: TextDecoding {
    typealias Text = (scalars: [Unicode.Scalar], newlines: [Int])
    static func decode(_ cursor: inout JSONCursor) throws(JSONLineError) -> Text {
        var newlines: [Int] = []
        let scalars = try cursor.decodedScalars(newlines: &newlines)
        return (scalars, newlines)
    }
    static func number(_ digits: UnsafeBufferPointer<UInt8>) -> Text { (digits.map { Unicode.Scalar($0) }, []) }
    static func isEmpty(_ text: Text) -> Bool { text.scalars.isEmpty }
}

/// The walk over one line's object, keeping the values of the keys `ArticleField` names.
private enum Walk {
    struct Fields<Text> {
        /// Per key of `keys`, its value (the last one written), nil when absent or empty.
        var values: [String?]
        /// The text of the first of the text's keys that holds one.
        var text: Text?

        /// The value of the first of the field's keys that holds one.
        func value(_ field: ArticleField) -> String? {
            for slot in Walk.slots[field.rawValue] { if let value = values[slot] { return value } }
            return nil
        }
    }

    /// The keys' bytes, and for each the field and rank it stands for.
    static let keys: [(bytes: [UInt8], field: Int, rank: Int)] = ArticleField.allCases.flatMap { field in
        field.keys.enumerated().map { (Array($0.element.utf8), field.rawValue, $0.offset) }
    }

    /// Per field, the slots of its keys in `keys`, in order of precedence.
    static let slots: [Range<Int>] = {
        var start = 0
        return ArticleField.allCases.map { field in
            defer { start += field.keys.count }
            return start..<(start + field.keys.count)
        }
    }()

    /// The slot of the key whose raw bytes (escapes left as written) are `range`, or nil.
    static func slot(of range: Range<Int>, in cursor: inout JSONCursor) throws(JSONLineError) -> Int? {
        let raw = UnsafeBufferPointer(rebasing: cursor.bytes[range])
        guard raw.contains(UInt8(ascii: "\\")) else { return slot(named: raw) }
        // A key written with escapes ("t\u0065xt") is the key it decodes to, as for Foundation.
        let after = cursor.index
        cursor.index = range.lowerBound - 1
        let name = Array(try cursor.decodedString().utf8)
        cursor.index = after
        return name.withUnsafeBufferPointer { slot(named: $0) }
    }

    static func slot(named name: UnsafeBufferPointer<UInt8>) -> Int? {
        for (k, key) in keys.enumerated() where key.bytes.count == name.count && key.bytes.elementsEqual(name) { return k }
        return nil
    }

    static func read<Decoder: TextDecoding>(
        _ line: UnsafeBufferPointer<UInt8>, decodeMetadata: Bool, text: Decoder.Type
    ) throws(JSONLineError)
        -> Fields<Decoder.Text>
    {
        var cursor = JSONCursor(bytes: line)
        cursor.skipSpace()
        guard cursor.peek == UInt8(ascii: "{") else {
            // A valid line that holds something else is not an article; an invalid one says why.
            try cursor.skipValue(depth: 0)
            try cursor.expectEnd()
            throw .notAnObject
        }
        cursor.index += 1
        var values = [String?](repeating: nil, count: keys.count)
        // The text's three keys, without an array to allocate for each line.
        var texts = (Decoder.Text?.none, Decoder.Text?.none, Decoder.Text?.none)
        func setText(_ rank: Int, _ value: Decoder.Text?) {
            switch rank {
            case 0: texts.0 = value
            case 1: texts.1 = value
            default: texts.2 = value
            }
        }
        cursor.skipSpace()
        if !cursor.take(UInt8(ascii: "}")) {
            while true {
                cursor.skipSpace()
                guard cursor.peek == UInt8(ascii: "\"") else { throw cursor.unexpected("a key in quotes") }
                let key = try cursor.stringRange()
                cursor.skipSpace()
                guard cursor.take(UInt8(ascii: ":")) else { throw cursor.unexpected("\":\" after the key") }
                cursor.skipSpace()
                let slot = try slot(of: key, in: &cursor)
                let field = slot.map { keys[$0].field }
                let isText = field == ArticleField.text.rawValue
                let wanted =
                    isText || field == ArticleField.id.rawValue || field == ArticleField.language.rawValue
                    || field == ArticleField.author.rawValue || (field != nil && decodeMetadata)
                // Every value of a key, whatever it is, replaces the one before: the last wins, as for Foundation.
                switch cursor.peek ?? 0 {
                case UInt8(ascii: "\"") where wanted:
                    if isText {
                        let value = try Decoder.decode(&cursor)
                        setText(keys[slot!].rank, Decoder.isEmpty(value) ? nil : value)
                    } else {
                        let value = try cursor.decodedString()
                        values[slot!] = value.isEmpty ? nil : value
                    }
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let digits = try cursor.number()
                    if isText {
                        setText(keys[slot!].rank, Decoder.number(UnsafeBufferPointer(rebasing: line[digits])))
                    } else if wanted {
                        values[slot!] = String(decoding: UnsafeBufferPointer(rebasing: line[digits]), as: UTF8.self)
                    }
                default:
                    try cursor.skipValue(depth: 1)
                    if isText {
                        setText(keys[slot!].rank, nil)
                    } else if let slot {
                        values[slot] = nil
                    }
                }
                cursor.skipSpace()
                if cursor.take(UInt8(ascii: ",")) {
                    cursor.skipSpace()
                    // One trailing comma is allowed, as Foundation allows it.
                    if cursor.take(UInt8(ascii: "}")) { break }
                    continue
                }
                guard cursor.take(UInt8(ascii: "}")) else { throw cursor.unexpected("\",\" or \"}\"") }
                break
            }
        }
        try cursor.expectEnd()
        return Fields(values: values, text: texts.0 ?? texts.1 ?? texts.2)
    }
}
