/// Where each pane goes for a terminal size: a pure function of the size.
///
/// - 120 columns and more (`.wide`): articles | reader | attribution side by side.
/// - 80 to 119 (`.medium`): reader | attribution; with `showArticles` the
///   article list takes the reader's place (the reader comes back when it is hidden).
/// - 40 to 79 (`.stacked`): reader above attribution; `showArticles` again
///   puts the list in the reader's place.
/// - Below 40×10 (`.tooSmall`): no panes, a notice in the middle of the screen.
///
/// Every mode but `.tooSmall` keeps the bottom row for the status bar.
public struct ScreenLayout: Hashable, Sendable {
    /// How the panes are arranged.
    public enum Mode: String, Hashable, Sendable {
        case wide, medium, stacked, tooSmall
    }

    /// The smallest size that shows panes.
    public static let minimumSize = Size(columns: 40, rows: 10)

    public var mode: Mode
    /// The article list, when shown.
    public var articles: Rect?
    /// The article text, when shown.
    public var reader: Rect?
    /// The quotes and who said them, when shown.
    public var attribution: Rect?
    /// The status bar (the bottom row).
    public var status: Rect?
    /// Where the "terminal too small" notice goes (the whole screen), in `.tooSmall` only.
    public var notice: Rect?

    /// The layout for a terminal of `size`, with or without the article list in narrower modes.
    public static func compute(size: Size, showArticles: Bool = false) -> ScreenLayout {
        let columns = size.columns
        let rows = size.rows
        guard columns >= minimumSize.columns, rows >= minimumSize.rows else {
            return ScreenLayout(mode: .tooSmall, notice: Rect(x: 0, y: 0, width: columns, height: rows))
        }
        let body = rows - 1
        let status = Rect(x: 0, y: body, width: columns, height: 1)
        if columns >= 120 {
            // Wide enough for a title, its date and its quote count on one row.
            let articlesWidth = clamp(columns / 3, 40, 60)
            let attributionWidth = clamp(columns / 4, 30, 50)
            let readerWidth = columns - articlesWidth - attributionWidth
            return ScreenLayout(
                mode: .wide,
                articles: Rect(x: 0, y: 0, width: articlesWidth, height: body),
                reader: Rect(x: articlesWidth, y: 0, width: readerWidth, height: body),
                attribution: Rect(x: articlesWidth + readerWidth, y: 0, width: attributionWidth, height: body),
                status: status)
        }
        if columns >= 80 {
            let attributionWidth = clamp(columns * 3 / 10, 26, 36)
            let main = Rect(x: 0, y: 0, width: columns - attributionWidth, height: body)
            return ScreenLayout(
                mode: .medium,
                articles: showArticles ? main : nil,
                reader: showArticles ? nil : main,
                attribution: Rect(x: main.width, y: 0, width: attributionWidth, height: body),
                status: status)
        }
        let attributionHeight = max(4, body / 3)
        let main = Rect(x: 0, y: 0, width: columns, height: body - attributionHeight)
        return ScreenLayout(
            mode: .stacked,
            articles: showArticles ? main : nil,
            reader: showArticles ? nil : main,
            attribution: Rect(x: 0, y: main.height, width: columns, height: attributionHeight),
            status: status)
    }

    /// The notice shown instead of panes when the terminal is too small, on one line.
    public static func tooSmallNotice(for size: Size) -> String {
        "Terminal too small (\(size.columns)x\(size.rows), need \(minimumSize.columns)x\(minimumSize.rows))"
    }

    /// The notice in lines of at most `size.columns` columns and at most `size.rows` lines.
    ///
    /// One line when it fits; else what is wrong, then the size it has and the size it needs,
    /// each on its own line; below 20 columns, words are cut, never the sizes.
    public static func tooSmallNoticeLines(for size: Size) -> [String] {
        let width = max(0, size.columns)
        let whole = tooSmallNotice(for: size)
        if whole.count <= width { return [whole] }
        let have = "\(size.columns)x\(size.rows)"
        let need = "\(minimumSize.columns)x\(minimumSize.rows)"
        let candidates: [[String]] = [
            ["Terminal too small", "\(have), need \(need)"],
            ["Terminal too small", "is \(have)", "needs \(need)"],
            ["Too small", "is \(have)", "needs \(need)"],
            ["Too small", have, "need", need],
        ]
        let rows = max(1, size.rows)
        for lines in candidates where lines.count <= rows && lines.allSatisfy({ $0.count <= width }) { return lines }
        return [Truncation.truncate("\(have) < \(need)", toWidth: width)]
    }

    private static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
        min(max(value, low), high)
    }
}
