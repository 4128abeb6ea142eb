import Foundation

/// What a refresh of the index did.
public struct RefreshReport: Sendable, Equatable {
    /// Article files the paths name.
    public var files = 0
    /// Files read and extracted again: new, changed, or indexed by another extractor version.
    public var indexed = 0
    /// Files whose index entry was still good.
    public var unchanged = 0
    /// Index entries dropped because their file is gone from a folder refreshed.
    public var removed = 0
    /// Articles written for the files indexed.
    public var articles = 0
    /// Bytes of the files indexed.
    public var bytes: Int64 = 0
    /// Files that vanished or could not be reached between the walk and their reading.
    public var vanished: [String] = []

    public init() {}
}

/// How far a refresh has come, for a progress bar.
public struct RefreshProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int64
    public var bytesTotal: Int64
    /// Seconds since the refresh started.
    public var elapsed: Double

    /// Bytes a second so far, or 0 at the start.
    public var bytesPerSecond: Double { elapsed > 0 ? Double(bytesDone) / elapsed : 0 }

    /// Seconds left at the pace so far, or nil before there is a pace.
    public var secondsLeft: Double? {
        let rate = bytesPerSecond
        return rate > 0 ? Double(bytesTotal - bytesDone) / rate : nil
    }

    /// `[#####.....] 120/1000 files indexed · 3.1 MB/s · 4 s left`, with a bar `bar` cells wide.
    public func line(bar: Int = 20) -> String {
        let share = bytesTotal > 0 ? Double(bytesDone) / Double(bytesTotal) : 1
        let filled = min(bar, Int(share * Double(bar)))
        var line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: bar - filled) + "] "
        line += "\(filesDone)/\(filesTotal) files indexed"
        line += String(format: " · %.1f MB/s", bytesPerSecond / 1e6)
        if let left = secondsLeft { line += String(format: " · %.0f s left", left.rounded(.up)) }
        return line
    }
}
