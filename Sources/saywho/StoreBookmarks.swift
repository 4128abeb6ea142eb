import Foundation
import SaywhoCore
import SaywhoUI

/// The reader's bookmarks in the user's bookmark store, matched to the open corpus.
final class StoreBookmarks: BookmarkBackend {
    let store: BookmarkStore
    private let corpus: Corpus
    private let locator: BookmarkLocator
    /// Bookmarks deleted in this session, so that they can be put back as they were.
    private var deleted: [String: Bookmark] = [:]

    init(store: BookmarkStore, corpus: Corpus) {
        self.store = store
        self.corpus = corpus
        locator = BookmarkLocator(articles: corpus.articles)
    }

    func entries() throws -> [BookmarkEntry] {
        // A corrupt store is set aside by the store, which reports it once; asking again reads the fresh one.
        do {
            return try store.all().map(entry)
        } catch {
            throw ReaderAppError(message: error.message)
        }
    }

    func toggle(article: Article, quote: Quote) throws -> Bool {
        do {
            return try store.toggle(bookmark(article: article, quote: quote))
        } catch {
            throw ReaderAppError(message: error.message)
        }
    }

    func setNote(_ note: String, article: Article, quote: Quote) throws {
        do {
            try store.setNote(note, on: bookmark(article: article, quote: quote))
        } catch {
            throw ReaderAppError(message: error.message)
        }
    }

    func setNote(_ note: String, id: String) throws {
        do {
            try store.setNote(id: id, note: note.isEmpty ? nil : note)
        } catch {
            throw ReaderAppError(message: error.message)
        }
    }

    func delete(id: String) throws {
        do {
            guard let bookmark = try store.bookmark(id: id) else { return }
            deleted[id] = bookmark
            _ = try store.remove(id: id)
        } catch {
            throw ReaderAppError(message: error.message)
        }
    }

    func restore(id: String) throws {
        guard let bookmark = deleted[id] else { return }
        do {
            _ = try store.add(bookmark)
            deleted[id] = nil
        } catch {
            throw ReaderAppError(message: error.message)
        }
    }

    private func bookmark(article: Article, quote: Quote) -> Bookmark {
        let speaker = quote.attribution.flatMap { corpus.speaker(id: $0.speakerID) }
        return Bookmark(quote: quote, article: article, speaker: speaker)
    }

    /// The bookmark as the reader lists it, re-anchored in the article when the corpus holds it.
    private func entry(_ bookmark: Bookmark) -> BookmarkEntry {
        let location = locator.locate(bookmark)
        return BookmarkEntry(
            id: bookmark.id, articleID: bookmark.articleID, articlePath: location.path, articleTitle: bookmark.title,
            date: bookmark.date,
            outlet: bookmark.outlet, quoteText: bookmark.text, quoteStart: location.segments.first?.start ?? 0,
            speaker: bookmark.speaker,
            channel: bookmark.channel, note: bookmark.note, created: bookmark.created)
    }
}

/// A bookmark problem shown in the status bar.
struct ReaderAppError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
