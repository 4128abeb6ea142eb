import Testing

@testable import SaywhoUI

@Suite struct ScreenLayoutTests {
    private func check(_ layout: ScreenLayout, size: Size) {
        let panes = [layout.articles, layout.reader, layout.attribution, layout.status].compactMap { $0 }
        var covered = Set<[Int]>()
        for pane in panes {
            #expect(pane.x >= 0 && pane.y >= 0 && pane.maxX <= size.columns && pane.maxY <= size.rows)
            for y in pane.y..<pane.maxY { for x in pane.x..<pane.maxX { #expect(covered.insert([x, y]).inserted) } }
        }
        #expect(covered.count == size.columns * size.rows)
        #expect(layout.status == Rect(x: 0, y: size.rows - 1, width: size.columns, height: 1))
    }

    @Test func wideShowsThreePanes() {
        for size in [Size(columns: 200, rows: 60), Size(columns: 120, rows: 40)] {
            let layout = ScreenLayout.compute(size: size)
            #expect(layout.mode == .wide)
            #expect(layout.articles != nil && layout.reader != nil && layout.attribution != nil)
            check(layout, size: size)
        }
        let layout = ScreenLayout.compute(size: Size(columns: 200, rows: 60))
        #expect(layout.articles == Rect(x: 0, y: 0, width: 60, height: 59))
        #expect(layout.reader == Rect(x: 60, y: 0, width: 90, height: 59))
        #expect(layout.attribution == Rect(x: 150, y: 0, width: 50, height: 59))
        let medium = ScreenLayout.compute(size: Size(columns: 120, rows: 40))
        #expect(medium.articles == Rect(x: 0, y: 0, width: 40, height: 39))
        #expect(medium.reader == Rect(x: 40, y: 0, width: 50, height: 39))
        #expect(medium.attribution == Rect(x: 90, y: 0, width: 30, height: 39))
    }

    @Test func mediumShowsReaderAndAttributionWithArticlesAsAToggle() {
        for size in [Size(columns: 100, rows: 30), Size(columns: 80, rows: 24)] {
            let layout = ScreenLayout.compute(size: size)
            #expect(layout.mode == .medium)
            #expect(layout.articles == nil)
            check(layout, size: size)
            let toggled = ScreenLayout.compute(size: size, showArticles: true)
            #expect(toggled.reader == nil)
            #expect(toggled.articles == layout.reader)
            check(toggled, size: size)
        }
        let layout = ScreenLayout.compute(size: Size(columns: 80, rows: 24))
        #expect(layout.reader == Rect(x: 0, y: 0, width: 54, height: 23))
        #expect(layout.attribution == Rect(x: 54, y: 0, width: 26, height: 23))
    }

    @Test func narrowStacksReaderAboveAttribution() {
        let size = Size(columns: 60, rows: 20)
        let layout = ScreenLayout.compute(size: size)
        #expect(layout.mode == .stacked)
        #expect(layout.reader == Rect(x: 0, y: 0, width: 60, height: 13))
        #expect(layout.attribution == Rect(x: 0, y: 13, width: 60, height: 6))
        check(layout, size: size)
    }

    @Test func tinyShowsANotice() {
        let layout = ScreenLayout.compute(size: Size(columns: 30, rows: 8))
        #expect(layout.mode == .tooSmall)
        #expect(layout.reader == nil && layout.status == nil)
        #expect(layout.notice == Rect(x: 0, y: 0, width: 30, height: 8))
        #expect(ScreenLayout.compute(size: Size(columns: 100, rows: 9)).mode == .tooSmall)
        #expect(ScreenLayout.compute(size: Size(columns: 39, rows: 40)).mode == .tooSmall)
        #expect(ScreenLayout.compute(size: Size(columns: 0, rows: 0)).notice?.isEmpty == true)
    }
}
