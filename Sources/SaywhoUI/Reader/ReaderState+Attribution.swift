import Foundation
import SaywhoCore

extension ReaderState {
    /// The attribution pane's text for the current quote, laid out in lines of `width` columns.
    ///
    /// A model of what the pane says, not a drawing: the pane draws these lines, and the
    /// reducer counts them to know how far the pane can scroll.
    func attributionLines(width: Int) -> RichLines {
        var out = RichLines(width: width)
        guard let index = article else {
            out.add("No article open.", CellStyle(.dim))
            return out
        }
        guard let quoteIndex = quote, let quote = currentQuote else {
            let count = view.quotes(of: index).count
            out.add(count == 0 ? "No quotes in this article." : "Press n for the first quote.", CellStyle(.dim))
            return out
        }
        let label = CellStyle(.dim)
        func field(_ name: String, _ value: String, _ style: CellStyle = .text) {
            let pad = String(repeating: " ", count: max(1, 11 - DisplayWidth.of(name)))
            out.add([.init(text: name + pad, style: label), .init(text: value, style: style)], indent: 11)
        }
        // What the attribution is about reads in the article's language; the reader's own fields stay English.
        let words = AttributionLabels.for(view.articles[index].language)
        let slot = colorSlot(quote)
        // Stacked under the article, the pane shows a few rows: who, then the words, then the rest.
        let wordsFirst = layout.mode == .stacked
        if wordsFirst {
            var who: [RichLines.Span] = []
            if quote.attribution != nil, let speaker = view.speaker(of: quote) {
                who.append(.init(text: speaker.name, style: CellStyle(.speaker, speaker: slot, emphasis: .bold)))
                if let channel = quote.attribution?.channel {
                    who.append(.init(text: " · ", style: label))
                    who.append(.init(text: channel, style: CellStyle(.channel)))
                }
            } else {
                who.append(.init(text: "unattributed", style: CellStyle(.dim)))
            }
            out.add(who, indent: 0)
            out.add(quote.text(in: scalars), CellStyle(.quote, speaker: slot))
            out.blank()
        }
        if let attribution = quote.attribution, let speaker = view.speaker(of: quote) {
            field(words.speaker, speaker.name, CellStyle(.speaker, speaker: slot, emphasis: .bold))
            if attribution.mention != speaker.name { field(words.mention, "“\(attribution.mention)”") }
            field(words.kind, words.label(of: speaker.kind))
            field(words.channel, attribution.channel ?? "—", CellStyle(.channel))
            field(words.cue, attribution.cue ?? "—", CellStyle(.cue))
            field(words.confidence, String(format: "%.0f%%", attribution.confidence * 100), label)
            out.blank()
            out.add(words.evidence, label)
            out.add(Self.evidenceSpans(scalars: scalars, attribution: attribution, slot: slot), indent: 0)
            field(words.why, attribution.rule, label)
            out.blank()
            let quotes = view.quotes(of: index)
            let others = quotes.indices.filter { $0 != quoteIndex && quotes[$0].attribution?.speakerID == speaker.id }
            let corpusCount = view.quoteCounts[speaker.id, default: 0]
            if others.isEmpty {
                field("Here", "no other quote")
            } else {
                field(
                    "Here",
                    "also " + others.prefix(12).map { "#\($0 + 1)" }.joined(separator: " ") + (others.count > 12 ? " …" : ""))
            }
            field("Corpus", "\(corpusCount) quote\(corpusCount == 1 ? "" : "s") by \(speaker.name)")
        } else {
            field(words.speaker, words.unattributed, CellStyle(.dim))
            out.add("No one is said to have said this in the text around it.", CellStyle(.dim))
        }
        out.blank()
        if let bookmark = bookmark(for: index, quote: quoteIndex) {
            field("Bookmark", "★ saved", CellStyle(.bookmark, emphasis: .bold))
            if let note = bookmark.note, !note.isEmpty { field("Note", note) }
        } else {
            field("Bookmark", "— (b to save)", label)
        }
        if !wordsFirst {
            out.blank()
            out.add("Quote", label)
            out.add(quote.text(in: scalars), CellStyle(.quote, speaker: slot))
        }
        if let url = view.articles[index].url {
            out.blank()
            out.add("Source", label)
            out.add(url, CellStyle(.dim))
        }
        return out
    }

    /// The evidence sentence with the mention and the cue marked.
    static func evidenceSpans(scalars: [Unicode.Scalar], attribution: Attribution, slot: Int?) -> [RichLines.Span] {
        let evidence = attribution.evidence
        var marks: [(TextRange, CellStyle)] = [
            (attribution.mentionRange, CellStyle(.speaker, speaker: slot, emphasis: [.bold, .underline]))
        ]
        if let cue = attribution.cueRange { marks.append((cue, CellStyle(.cue, emphasis: .underline))) }
        marks = marks.filter { $0.0.start >= evidence.start && $0.0.end <= evidence.end }.sorted { $0.0.start < $1.0.start }
        var spans: [RichLines.Span] = []
        var at = max(0, evidence.start)
        let end = min(scalars.count, evidence.end)
        func text(_ a: Int, _ b: Int) -> String {
            var view = String.UnicodeScalarView()
            if a < b { view.append(contentsOf: scalars[a..<b]) }
            return String(view)
        }
        for (range, style) in marks where range.start >= at {
            spans.append(.init(text: text(at, range.start), style: .text))
            spans.append(.init(text: text(range.start, range.end), style: style))
            at = range.end
        }
        spans.append(.init(text: text(at, end), style: .text))
        return spans
    }
}

extension SpeakerKind {
    /// The kind as the attribution pane names it.
    var label: String {
        switch self {
        case .person: return "person"
        case .organisation: return "organisation"
        case .unnamed: return "unnamed source"
        }
    }
}
