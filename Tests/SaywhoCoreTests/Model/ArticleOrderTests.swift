import SaywhoCore
import Testing

/// The one listing order, shared by `saywho articles` and the reader.
@Suite struct ArticleOrderTests {
    func article(_ id: String, date: String?, title: String, path: String = "a.jsonl") -> Article {
        Article(id: id, path: path, title: title, date: date, text: "Body of \(id).")
    }

    @Test func newestFirstUndatedLastThenByTitlePathAndId() {
        let articles = [
            article("undated", date: nil, title: "Anything"),
            article("old", date: "2023-01-09", title: "Old"),
            article("part10", date: "2024-03-14", title: "Part 10"),
            article("part2", date: "2024-03-14", title: "Part 2"),
            article("twin-b", date: "2024-03-14", title: "Twin", path: "b.txt"),
            article("twin-a", date: "2024-03-14", title: "Twin", path: "a.txt"),
            article("same-2", date: "2024-03-14", title: "Same"),
            article("same-1", date: "2024-03-14", title: "Same"),
            article("new", date: "2025-10-08", title: "Zebra"),
        ]
        let order = Article.listingOrder(of: articles).map { articles[$0].id }
        #expect(order == ["new", "part2", "part10", "same-1", "same-2", "twin-a", "twin-b", "old", "undated"])
        // Whatever order they were loaded in.
        #expect(Article.listingOrder(of: articles.reversed()).map { articles.reversed()[$0].id } == order)
    }

    @Test func titlesThatCompareTheSameIgnoringCaseStillHaveAnOrder() {
        let upper = article("x", date: "2024-01-01", title: "HARBOUR")
        let lower = article("y", date: "2024-01-01", title: "harbour")
        #expect(upper.isListed(before: lower) != lower.isListed(before: upper))
        #expect(!upper.isListed(before: upper))
    }
}
