extension Bookmark {
    /// What makes the bookmark unusable, or nil when it is sound: a segment that starts before
    /// the text or ends before it starts. Imports refuse such a bookmark, JSON and CSV alike; a
    /// store that holds one keeps it on disk untouched and skips it with a message.
    public var problem: String? {
        for segment in segments {
            if segment.start < 0 { return "its segment \(segment.start)–\(segment.end) starts before the text" }
            if segment.end < segment.start { return "its segment \(segment.start)–\(segment.end) ends before it starts" }
        }
        return nil
    }

    /// The bookmarks of an import, checked: the first unusable one stops the import, named by its place.
    static func checked(_ bookmarks: [Bookmark], file: String) throws(BookmarkError) -> [Bookmark] {
        for (i, bookmark) in bookmarks.enumerated() {
            if let problem = bookmark.problem {
                throw .invalidImport(file: file, line: nil, reason: "bookmark \(i + 1) (\(bookmark.id)): \(problem)")
            }
        }
        return bookmarks
    }
}
