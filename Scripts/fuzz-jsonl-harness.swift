// libFuzzer target for Scripts/fuzz-jsonl.sh: each input is one JSON Lines line, read by
// JSONLineReader and by Foundation's JSONSerialization; any disagreement stops the run.
import Foundation

private let reader = JSONLineReader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneLine(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let line = UnsafeBufferPointer(start: data, count: count)
    let record = Result { () throws(JSONLineError) in try reader.record(line) }
    let scalars = Result { () throws(JSONLineError) in try reader.scalarRecord(line) }
    let object = try? JSONSerialization.jsonObject(with: Data(line))
    func fail(_ why: String) -> Never {
        FileHandle.standardError.write(Data("disagreement: \(why)\nreader: \(record)\nline: \(Array(line))\n".utf8))
        abort()
    }
    if case .failure(let error) = record, case .failure(let other) = scalars, error != other { fail("record and scalarRecord fail differently") }
    // Foundation takes NUL bytes among the first four for UTF-16 or UTF-32 and reads on;
    // saywho reads UTF-8 only, where a NUL outside a string is never JSON.
    if line.prefix(4).contains(0) {
        if case .success = record { fail("the reader reads a line with a NUL byte in its first four") }
        return 0
    }
    guard let object else {
        if case .success = record { fail("the reader reads a line Foundation refuses") }
        return 0
    }
    guard let dict = object as? [String: Any] else {
        if case .failure(.notAnObject) = record { return 0 }
        fail("Foundation reads a non-object the reader does not call one")
    }
    func value(_ any: Any?) -> Any? {
        if let string = any as? String { return string.isEmpty ? nil : string }
        if let number = any as? NSNumber, number !== NSNumber(value: true), number !== NSNumber(value: false) { return number }
        return nil
    }
    let expected = ArticleField.allCases.map { field in field.keys.lazy.compactMap { value(dict[$0]) }.first }
    guard expected[ArticleField.text.rawValue] != nil else {
        if case .failure(.noText) = record, case .failure(.noText) = scalars { return 0 }
        fail("no text for Foundation")
    }
    guard case .success(let got) = record, case .success(let gotScalars) = scalars else { fail("the reader refuses a line Foundation reads") }
    let fields = [got.id, got.text, got.title, got.date, got.outlet, got.author, got.url, got.language]
    for field in ArticleField.allCases {
        let mine = fields[field.rawValue]
        switch expected[field.rawValue] {
        case nil: if mine != nil { fail("\(field) present only for the reader") }
        case let string as String: if mine.map({ Array($0.unicodeScalars) }) != Array(string.unicodeScalars) { fail("\(field) differs") }
        case let number as NSNumber:
            guard let value = mine.flatMap(Double.init), value == number.doubleValue || abs(value - number.doubleValue) <= 1e-12 * abs(value)
            else { fail("\(field) number differs: \(number)") }
        default: fail("unexpected value")
        }
    }
    if gotScalars.scalars != Array(got.text.unicodeScalars) { fail("scalars differ from the text") }
    if gotScalars.paragraphs != Article.paragraphRanges(of: got.text) { fail("paragraphs differ") }
    if gotScalars.id != got.id { fail("ids differ") }
    return 0
}
