import Foundation

/// A colour as a theme names it: the terminal default, a palette index or a 24-bit RGB value.
public enum ThemeColor: Hashable, Sendable {
    /// The terminal's own foreground or background (`default`).
    case terminalDefault
    /// A palette index 0–255; the 16 names map to 0–15.
    case indexed(UInt8)
    /// A 24-bit colour (`#RRGGBB`).
    case rgb(UInt8, UInt8, UInt8)

    /// The names a theme may use, in palette order (0–15).
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Parses a name (`red`, `bright-red`, `bright_red`, `grey`, `default`), `#RRGGBB`, or an index `0`–`255`.
    public init?(parsing text: String) {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: "-")
        if name == "default" || name == "none" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: name) {
            self = .indexed(UInt8(index))
        } else if name == "gray" || name == "grey" {
            self = .indexed(8)
        } else if name.hasPrefix("#"), name.count == 7, let value = UInt32(name.dropFirst(), radix: 16) {
            self = .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        } else if let index = UInt8(name) {
            self = .indexed(index)
        } else {
            return nil
        }
    }

    /// The colour number to give the terminal at `depth`, or -1 for the terminal default.
    ///
    /// RGB colours are used as they are with direct colour and mapped to the
    /// nearest palette entry otherwise; indices above the depth map to the
    /// nearest colour the depth has.
    public func number(for depth: ColorDepth) -> Int {
        switch (self, depth) {
        case (.terminalDefault, _), (_, .monochrome):
            return -1
        case (.rgb(let r, let g, let b), .direct):
            return Int(r) << 16 | Int(g) << 8 | Int(b)
        case (.indexed(let index), .direct):
            let (r, g, b) = Self.rgbOfIndex(index)
            return Int(r) << 16 | Int(g) << 8 | Int(b)
        case (.rgb(let r, let g, let b), .palette256):
            return Int(Self.nearest256(r, g, b))
        case (.indexed(let index), .palette256):
            return Int(index)
        case (.indexed(let index), .basic16):
            return index < 16 ? Int(index) : Int(Self.nearest(Self.rgbOfIndex(index), among: 0..<16))
        case (.rgb(let r, let g, let b), .basic16):
            return Int(Self.nearest((r, g, b), among: 0..<16))
        case (.indexed(let index), .basic8):
            if index < 16 { return Int(index % 8) }
            return Int(Self.nearest(Self.rgbOfIndex(index), among: 0..<8))
        case (.rgb(let r, let g, let b), .basic8):
            return Int(Self.nearest((r, g, b), among: 0..<8))
        }
    }

    /// The nearest xterm 256-colour index (cube 16–231 or grey ramp 232–255) to an RGB colour.
    public static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func cubeStep(_ value: UInt8) -> Int {
            let v = Int(value)
            return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40
        }
        let (cr, cg, cb) = (cubeStep(r), cubeStep(g), cubeStep(b))
        let cubeIndex = UInt8(16 + 36 * cr + 6 * cg + cb)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyStep = average > 238 ? 23 : max(0, (average - 3) / 10)
        let greyIndex = UInt8(232 + greyStep)
        let target = (r, g, b)
        return distance(rgbOfIndex(greyIndex), target) < distance(rgbOfIndex(cubeIndex), target) ? greyIndex : cubeIndex
    }

    /// The RGB value xterm gives a palette index.
    public static func rgbOfIndex(_ index: UInt8) -> (UInt8, UInt8, UInt8) {
        let basic: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
            (255, 255, 255),
        ]
        switch index {
        case 0..<16:
            return basic[Int(index)]
        case 16..<232:
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            let n = Int(index) - 16
            return (levels[n / 36], levels[n / 6 % 6], levels[n % 6])
        default:
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return (level, level, level)
        }
    }

    private static func nearest(_ target: (UInt8, UInt8, UInt8), among indices: Range<UInt8>) -> UInt8 {
        indices.min { distance(rgbOfIndex($0), target) < distance(rgbOfIndex($1), target) } ?? 0
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        // Weighted for the eye's sensitivity to green, as in a "redmean"-free approximation.
        let dr = Int(a.0) - Int(b.0)
        let dg = Int(a.1) - Int(b.1)
        let db = Int(a.2) - Int(b.2)
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }
}
