/// Text as Unicode scalars, the unit of every offset in saywho (`TextRange`), converted
/// in one pass each way without going through a scalar view.
public enum ScalarText {
    /// The string of `scalars[start..<end]`, UTF-8 encoded in one pass without a scalar view.
    @inlinable public static func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var length = 0
        for k in start..<end {
            let v = scalars[k].value
            length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for k in start..<end {
                let v = scalars[k].value
                if v < 0x80 {
                    buffer[i] = UInt8(v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | (v >> 6))
                    buffer[i + 1] = UInt8(0x80 | (v & 0x3F))
                    i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | (v >> 12))
                    buffer[i + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | (v & 0x3F))
                    i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | (v >> 18))
                    buffer[i + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[i + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[i + 3] = UInt8(0x80 | (v & 0x3F))
                    i += 4
                }
            }
            return i
        }
    }

    /// The scalars of `text`, decoded from its UTF-8 in one pass (a String's UTF-8 is always valid).
    @inlinable public static func scalars(of text: String) -> [Unicode.Scalar] {
        var copy = text
        return copy.withUTF8 { bytes in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b = UInt32(bytes[i])
                var v: UInt32
                if b < 0x80 {
                    v = b
                    i += 1
                } else if b < 0xE0, i + 1 < n {
                    v = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b < 0xF0, i + 2 < n {
                    v = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else if i + 3 < n {
                    v =
                        (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                } else {
                    v = 0xFFFD
                    i = n
                }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            }
            return out
        }
    }
}
