import ArgumentParser
import Foundation
import SaywhoCore

/// `saywho bookmarks`: list, export and import the bookmarks made in the reader.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks",
        abstract: "List, export and import bookmarked quotes.",
        discussion: "Bookmarks live in $XDG_DATA_HOME/saywho/bookmarks.json (default ~/.local/share/saywho/).",
        subcommands: [List.self, Export.self, Import.self],
        defaultSubcommand: List.self)

    /// The user's store; a corrupt file is reported once, set aside, and the store read again (empty).
    static func load(_ store: BookmarkStore) throws -> [Bookmark] {
        do {
            let (bookmarks, setAside, skipped) = try store.allSettingAsideCorrupt()
            if let setAside { Console.warn(setAside.message) }
            for message in skipped { Console.warn(message) }
            return bookmarks
        } catch {
            throw CLIError(message: error.message)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List bookmarks, oldest first.")

        @OptionGroup var output: FormatOptions

        func run() throws {
            let bookmarks = try BookmarksCommand.load(.standard())
            switch output.resolved {
            case .json:
                Console.write(BookmarkFormat.json.render(bookmarks))
            case .table:
                let day = ISO8601DateFormatter()
                day.formatOptions = [.withFullDate]
                var table = Table("ID", "SAVED", "SPEAKER", "SOURCE", "QUOTE", "NOTE")
                for b in bookmarks {
                    table.add(
                        String(b.id.prefix(8)), day.string(from: b.created), b.speaker ?? "—",
                        [b.outlet ?? b.title, b.date].compactMap { $0 }.joined(separator: ", "), b.text, b.note ?? "")
                }
                Console.write(table.render())
            }
        }
    }

    /// Formats `export` writes.
    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case md, json, csv

        var bookmarkFormat: BookmarkFormat {
            switch self {
            case .md: return .markdown
            case .json: return .json
            case .csv: return .csv
            }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write bookmarks as Markdown citations, JSON or CSV.",
            discussion: "JSON and CSV exports read back with `saywho bookmarks import`.")

        @Option(name: .long, help: "md (citations, the default), json or csv.")
        var format: ExportFormat = .md
        @Option(name: .shortAndLong, help: "Write to FILE instead of standard output.")
        var output: String?

        func run() throws {
            if let output { try Console.checkWritable(output) }
            let text = format.bookmarkFormat.render(try BookmarksCommand.load(.standard()))
            guard let output else { return Console.write(text) }
            do {
                try Console.write(Data(text.utf8), toFile: output)
            } catch {
                throw CLIError(message: "\(output): cannot write: \(Console.reason(error))")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the bookmarks of a JSON or CSV export; ones already there (same id) are kept as they are.")

        @Argument(help: "A file written by `saywho bookmarks export --format json|csv` (- for standard input).")
        var file: String

        func run() throws {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                do {
                    data = try InputFile.read(file, pipes: true)
                } catch .notFound {
                    throw CLIError(message: "\(file): no such file")
                } catch {
                    throw CLIError(message: error.description)
                }
            }
            let store = BookmarkStore.standard()
            do {
                let incoming = try BookmarkFormat.parse(data, file: file == "-" ? "standard input" : file)
                _ = try BookmarksCommand.load(store)
                let added = try store.merge(incoming)
                let kept = incoming.count - added
                Console.write(
                    "added \(added) bookmark\(added == 1 ? "" : "s")"
                        + (kept > 0 ? ", \(kept) already there" : "") + "\n")
            } catch let error as BookmarkError {
                throw CLIError(message: error.message)
            }
        }
    }
}
