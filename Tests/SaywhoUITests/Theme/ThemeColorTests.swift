import Testing

@testable import SaywhoUI

@Suite struct ThemeColorTests {
    @Test func parsesNamesIndicesAndHex() {
        #expect(ThemeColor(parsing: "red") == .indexed(1))
        #expect(ThemeColor(parsing: "bright-blue") == .indexed(12))
        #expect(ThemeColor(parsing: "Bright_White") == .indexed(15))
        #expect(ThemeColor(parsing: "default") == .terminalDefault)
        #expect(ThemeColor(parsing: "208") == .indexed(208))
        #expect(ThemeColor(parsing: "#FF8000") == .rgb(255, 128, 0))
        #expect(ThemeColor(parsing: "pink") == nil)
        #expect(ThemeColor(parsing: "#12345") == nil)
        #expect(ThemeColor(parsing: "256") == nil)
    }

    @Test func hexMapsToThe256Palette() {
        #expect(ThemeColor.rgb(0, 0, 0).number(for: .palette256) == 16)
        #expect(ThemeColor.rgb(255, 255, 255).number(for: .palette256) == 231)
        #expect(ThemeColor.rgb(255, 0, 0).number(for: .palette256) == 196)
        #expect(ThemeColor.rgb(0x5f, 0x87, 0xaf).number(for: .palette256) == 67)
        #expect(ThemeColor.rgb(0x80, 0x80, 0x80).number(for: .palette256) == 244)
        #expect(ThemeColor.rgb(0xff, 0xd7, 0x87).number(for: .palette256) == 222)
    }

    @Test func hexMapsToTheEightColours() {
        #expect(ThemeColor.rgb(250, 10, 10).number(for: .basic8) == 1)
        #expect(ThemeColor.rgb(10, 200, 30).number(for: .basic8) == 2)
        #expect(ThemeColor.rgb(20, 20, 240).number(for: .basic8) == 4)
        #expect(ThemeColor.rgb(240, 240, 240).number(for: .basic8) == 7)
        #expect(ThemeColor.rgb(10, 10, 10).number(for: .basic8) == 0)
        #expect(ThemeColor.rgb(0xff, 0xd7, 0x5f).number(for: .basic8) == 3)
        #expect(ThemeColor.indexed(12).number(for: .basic8) == 4)
        #expect(ThemeColor.indexed(196).number(for: .basic8) == 1)
    }

    @Test func directColourKeepsRGB() {
        #expect(ThemeColor.rgb(0x12, 0x34, 0x56).number(for: .direct) == 0x123456)
        #expect(ThemeColor.terminalDefault.number(for: .direct) == -1)
        #expect(ThemeColor.indexed(3).number(for: .monochrome) == -1)
    }

    @Test func depthFollowsTheColourCount() {
        #expect(ColorDepth(colors: 0) == .monochrome)
        #expect(ColorDepth(colors: 8) == .basic8)
        #expect(ColorDepth(colors: 16) == .basic16)
        #expect(ColorDepth(colors: 256) == .palette256)
        #expect(ColorDepth(colors: 0x1000000) == .direct)
    }
}
