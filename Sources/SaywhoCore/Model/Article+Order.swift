import Foundation

extension Article {
    /// True when `self` is listed before `other`: newest first, undated last, then by title
    /// (as Finder sorts names: "Part 2" before "Part 10"), then by path and id.
    ///
    /// The path and id settle every tie, so a listing never depends on load order or on
    /// how a sort treats equal elements: `saywho articles` and the reader agree.
    public func isListed(before other: Article) -> Bool {
        let date = self.date ?? ""
        let otherDate = other.date ?? ""
        if date != otherDate { return date > otherDate }
        switch title.localizedStandardCompare(other.title) {
        case .orderedAscending: return true
        case .orderedDescending: return false
        case .orderedSame: break
        }
        if title != other.title { return title < other.title }
        if path != other.path { return path < other.path }
        return id < other.id
    }

    /// The indices of `articles` in listing order (`isListed(before:)`).
    public static func listingOrder(of articles: [Article]) -> [Int] {
        articles.indices.sorted { articles[$0].isListed(before: articles[$1]) }
    }
}
