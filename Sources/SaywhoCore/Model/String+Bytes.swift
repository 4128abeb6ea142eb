extension String {
    /// `split(separator: " ")`, without walking grapheme clusters when the text is printable
    /// ASCII (each byte is then a Character); any other text goes through `split` itself.
    @inlinable public func splitBySpace() -> [Substring] {
        let utf8 = self.utf8
        guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return split(separator: " ") }
        var pieces: [Substring] = []
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            if utf8[i] == 0x20 {
                if start != i { pieces.append(self[start..<i]) }
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        if start != utf8.endIndex { pieces.append(self[start..<utf8.endIndex]) }
        return pieces
    }
}

extension String {
    /// Runs `body` on the text's UTF-8 in place (a copy only for a text that is not stored
    /// contiguously): iterating `utf8` goes through the String a byte at a time.
    @inlinable @inline(__always) public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }

    /// True when every byte of the text is below `bound` (0x80: ASCII).
    @inlinable @inline(__always) public func allBytes(below bound: UInt8) -> Bool {
        withUTF8Bytes { bytes in
            for byte in bytes where byte >= bound { return false }
            return true
        }
    }

    /// True when every byte of the text is printable ASCII (0x20 to 0x7E): each is a Character.
    @inlinable public func isPrintableASCII() -> Bool {
        withUTF8Bytes { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return false }
            return true
        }
    }

    /// `split(separator: " ").last`, without building the other pieces when the text is
    /// printable ASCII (each byte is then a Character); any other text goes through `split`.
    @inlinable public func lastPieceBySpace() -> Substring? {
        let piece: Range<Int>?? = withUTF8Bytes { bytes in
            for byte in bytes where byte < 0x20 || byte >= 0x7F { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            guard end > 0 else { return .some(nil) }
            var start = end
            while start > 0, bytes[start - 1] != 0x20 { start -= 1 }
            return start..<end
        }
        guard let piece else { return split(separator: " ").last }
        guard let piece else { return nil }
        let utf8 = self.utf8
        return self[
            utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: piece.upperBound)]
    }

    /// `lowercased()` for an ASCII text, its letters mapped byte for byte (the text itself when
    /// it has no upper-case letter); nil for any other text.
    @inlinable public func asciiLowercased() -> String? {
        withUTF8Bytes { bytes in
            var upper = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x41 && byte <= 0x5A { upper = true }
            }
            guard upper else { return self }
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (i, byte) in bytes.enumerated() { buffer[i] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
                return bytes.count
            }
        }
    }
}
