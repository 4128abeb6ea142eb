import Foundation

/// What loading a set of paths produced: articles, and what was skipped or failed.
public struct LoadReport: Sendable {
    public var articles: [Article] = []
    public var problems: [InputError] = []
    /// Hidden files and folders left out of a folder walk.
    public var skippedHidden = 0
    /// Files with an extension saywho does not read, left out of a folder walk.
    public var skippedUnknown = 0

    public init() {}

    /// What a folder walk left out, as one line for the user, or nil when it left out nothing:
    /// `skipped 1 hidden and 2 with an extension saywho does not read (files and folders)`.
    public var skippedSummary: String? {
        var parts: [String] = []
        if skippedHidden > 0 { parts.append("\(skippedHidden) hidden") }
        if skippedUnknown > 0 { parts.append("\(skippedUnknown) with an extension saywho does not read") }
        return parts.isEmpty ? nil : "skipped \(parts.joined(separator: " and ")) (files and folders)"
    }
}

/// The article files a set of paths names, and what the walk left out.
public struct FileListing: Sendable {
    /// Files to read, in reading order, as the walk reached them (not resolved).
    public var files: [String] = []
    /// Paths that do not exist, folders that cannot be listed, links to folders already walked.
    public var problems: [InputError] = []
    public var skippedHidden = 0
    public var skippedUnknown = 0

    public init() {}
}

/// Reads files and folders into articles; one bad file never stops the others.
public enum ArticleLoader {
    /// Loads every path: files by format, folders recursively in name order.
    public static func load(_ paths: [String]) -> LoadReport {
        let listing = listFiles(paths)
        var report = LoadReport()
        report.problems = listing.problems
        report.skippedHidden = listing.skippedHidden
        report.skippedUnknown = listing.skippedUnknown
        for path in listing.files { loadFile(path, into: &report) }
        disambiguateIDs(&report.articles)
        return report
    }

    /// The article files `paths` name, in the order a load reads them: files as given,
    /// folders walked recursively in name order, each file once (by real path).
    public static func listFiles(_ paths: [String]) -> FileListing {
        var listing = FileListing()
        var seen = Seen()
        for path in paths {
            let kind: InputFile.Kind
            do {
                kind = try InputFile.kind(of: path)
            } catch {
                listing.problems.append(error)
                continue
            }
            if kind == .folder {
                walk(path, into: &listing, seen: &seen)
            } else if seen.firstVisit(file: path) {
                listing.files.append(path)
            }
        }
        return listing
    }

    /// The articles of one file and the problems met reading it (none read when the whole file is bad).
    public static func read(file path: String) -> (articles: [Article], problems: [InputError]) {
        var report = LoadReport()
        loadFile(path, into: &report)
        return (report.articles, report.problems)
    }

    /// Loads one file's articles, throwing its first problem.
    public static func loadFile(_ path: String) throws(InputError) -> [Article] {
        var report = LoadReport()
        loadFile(path, into: &report)
        if report.articles.isEmpty, let problem = report.problems.first { throw problem }
        return report.articles
    }

    /// The folders and files a load has read, by real path: links to a folder already read
    /// (`a -> .`, or two links to one folder) are walked once, so a loop ends and no file
    /// is loaded twice.
    struct Seen {
        private var folders: Set<String> = []
        private var files: Set<String> = []

        /// The real path of `path`, or `path` itself when it cannot be resolved.
        static func realPath(_ path: String) -> String {
            guard let resolved = realpath(path, nil) else { return path }
            defer { free(resolved) }
            return String(cString: resolved)
        }

        mutating func firstVisit(folder: String) -> Bool { folders.insert(Self.realPath(folder)).inserted }
        mutating func firstVisit(file: String) -> Bool { files.insert(Self.realPath(file)).inserted }
    }

    private static func walk(_ folder: String, into listing: inout FileListing, seen: inout Seen) {
        guard seen.firstVisit(folder: folder) else {
            listing.problems.append(.linkedAgain(path: folder, target: Seen.realPath(folder)))
            return
        }
        guard let entries = entries(of: folder, into: &listing) else { return }
        for name in entries {
            let path = (folder as NSString).appendingPathComponent(name)
            if name.hasPrefix(".") {
                listing.skippedHidden += 1
                continue
            }
            let known = ArticleFormat(pathExtension: (name as NSString).pathExtension) != nil
            let kind: InputFile.Kind
            do {
                kind = try InputFile.kind(of: path)
            } catch {
                // A file saywho would read that cannot be reached is reported, never dropped in silence.
                if known { listing.problems.append(error) } else { listing.skippedUnknown += 1 }
                continue
            }
            if kind == .folder {
                walk(path, into: &listing, seen: &seen)
            } else if known {
                if seen.firstVisit(file: path) { listing.files.append(path) }
            } else {
                listing.skippedUnknown += 1
            }
        }
    }

    /// The names in `folder`, sorted, or nil after reporting why it cannot be listed.
    private static func entries(of folder: String, into listing: inout FileListing) -> [String]? {
        guard let directory = opendir(folder) else {
            listing.problems.append(.unreadable(path: folder, reason: "folder cannot be listed: " + InputFile.reason(errno)))
            return nil
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    private static func loadFile(_ path: String, into report: inout LoadReport) {
        let data: Data
        do {
            data = try InputFile.read(path)
        } catch {
            report.problems.append(error)
            return
        }
        if data.isEmpty {
            report.problems.append(.empty(path: path))
            return
        }
        if data.prefix(8192).contains(0) {
            report.problems.append(.binary(path: path))
            return
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            report.problems.append(.notUTF8(path: path, byteOffset: firstInvalidUTF8Offset(data)))
            return
        }
        let format =
            ArticleFormat(pathExtension: (path as NSString).pathExtension) ?? ArticleFormat.sniff(text.prefix(4096))
        do {
            if format == .jsonLines {
                var problems: [InputError] = []
                let articles = JSONArticleFormat.parseLines(text, path: path, problems: &problems)
                report.articles += articles
                report.problems += problems
                if articles.isEmpty, problems.isEmpty { report.problems.append(.empty(path: path)) }
            } else {
                var warnings: [InputError] = []
                report.articles += try format.parse(text, path: path, warnings: &warnings)
                report.problems += warnings
            }
        } catch {
            report.problems.append(error)
        }
    }

    /// The offset of the first byte that breaks UTF-8 decoding.
    static func firstInvalidUTF8Offset(_ data: Data) -> Int {
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var offset = 0
        var consumed = 0
        while true {
            var counting = CountingIterator(base: iterator)
            switch decoder.decode(&counting) {
            case .scalarValue: consumed = counting.count
            case .emptyInput: return offset
            case .error: return offset
            }
            iterator = counting.base
            offset += consumed
        }
    }

    private struct CountingIterator: IteratorProtocol {
        var base: Data.Iterator
        var count = 0
        mutating func next() -> UInt8? {
            count += 1
            return base.next()
        }
    }

    /// Articles from different files may share an id; later ones get a numeric suffix.
    public static func disambiguateIDs(_ articles: inout [Article]) {
        var seen: [String: Int] = [:]
        for i in articles.indices {
            let id = articles[i].id
            if let n = seen[id] {
                seen[id] = n + 1
                articles[i].id = "\(id)~\(n + 1)"
            } else {
                seen[id] = 1
            }
        }
    }
}
