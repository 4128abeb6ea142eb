#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits JSON Lines input into its lines: the one splitter of the loader and `saywho extract`.
public enum LineSplitter {
    /// Calls `body` with every line of `bytes` that is not blank, numbered from 1, without its line feed.
    ///
    /// A line of spaces, tabs and carriage returns only is blank. A byte-order mark before
    /// the first line is skipped, as Foundation's JSON decoding skips it.
    public static func forEachLine(
        in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ number: Int, _ line: UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var start = count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
        var number = 0
        while start < count {
            // memchr: a byte loop here read every byte of the input once more.
            let rest = UnsafeRawPointer(base + start)
            var end = count
            if let newline = memchr(rest, 0x0A, count - start) { end = start + rest.distance(to: UnsafeRawPointer(newline)) }
            number += 1
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            start = end + 1
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
            try body(number, line)
        }
    }
}
