import SaywhoCore

/// Finds quotations in article text and attributes them: the whole engine behind one call.
public struct Extractor: QuoteExtracting {
    /// Unattributed quotations this short are taken for titles or scare quotes, not statements.
    public var minimumUnattributedWords = 5
    /// Attributions less confident than this are dropped: their quotes are kept, unattributed.
    public var minimumConfidence = 0.0
    /// The rules, their order and their confidences, when one set is to read every article;
    /// nil picks the set of each article's language (`RuleSet.for`).
    var ruleSet: RuleSet?

    public init() {}

    /// An extractor that leaves quotes unattributed when their speaker is less sure than `minimumConfidence`.
    public init(minimumConfidence: Double) {
        self.minimumConfidence = minimumConfidence
    }

    public func extract(_ article: Article) -> ArticleExtraction {
        extract(
            scalars: ScalarText.scalars(of: article.text), articleID: article.id, paragraphs: article.paragraphs,
            language: article.language, author: article.author)
    }

    /// The quotes of `text`, read with the rules of `language` (detected from the text when nil).
    public func extract(
        text: String, articleID: String, paragraphs: [TextRange]? = nil, language: Language? = nil
    ) -> ArticleExtraction {
        extract(scalars: ScalarText.scalars(of: text), articleID: articleID, paragraphs: paragraphs, language: language)
    }

    /// The same for a text given as its Unicode scalars (as `JSONLineReader.scalarRecord` reads it);
    /// `author`, when known, asks the questions of an interview printed as dialogue.
    public func extract(
        scalars: [Unicode.Scalar], articleID: String, paragraphs: [TextRange]? = nil, language: Language? = nil,
        author: String? = nil
    ) -> ArticleExtraction {
        let paragraphs = paragraphs ?? Article.paragraphRanges(of: scalars)
        let scanned = QuoteScanner(scalars: scalars, paragraphs: paragraphs).scan()
        let turns = TranscriptLabel.unquotedTurns(scalars: scalars, paragraphs: paragraphs, quoted: scanned)
        var candidates = (TranscriptLabel.splitTurns(scanned, scalars: scalars) + turns)
            .sorted { $0.segments[0].start < $1.segments[0].start }
        let dialogue = paragraphs.contains { $0.start < $0.end && scalars[$0.start] == "—" }
        guard !candidates.isEmpty || dialogue else { return ArticleExtraction(quotes: [], speakers: []) }
        let ruleSet = self.ruleSet ?? RuleSet.for(language ?? Language.detect(scalars))
        // Spanish prints dialogue and interviews with em dashes.
        if dialogue, ruleSet.language == .spanish {
            candidates = DashDialogue.merge(candidates, DashDialogue.turns(scalars, paragraphs: paragraphs))
        }
        guard !candidates.isEmpty else { return ArticleExtraction(quotes: [], speakers: []) }
        let frame = Frame(scalars: scalars, paragraphs: paragraphs, candidates: candidates)
        let rules = AttributionRules(frame: frame, ruleSet: ruleSet)
        var locals = rules.run()
        let interview = dialogue && ruleSet.language == .spanish ? InterviewTurns(rules: rules) : nil
        if let interview { locals = interview.attribute(locals) }
        var resolver = SpeakerResolver(frame: rules.frame)
        var channels = ChannelFinder(frame: rules.frame)
        // German mentions resolve and find their channels by German grammar; a language without
        // a set of its own reads as English.
        let listedWords = ruleSet.speakerWords
        let isListed = listedWords != nil
        var listed = listedWords.map { ListedSpeakerResolver(frame: rules.frame, words: $0) }
        let language = ruleSet.language
        let japanese = language == .japanese ? JapaneseNames(frame: rules.frame) : nil
        var directory = SpeakerDirectory()
        var quotes: [Quote] = []
        // Quotes whose channel comes from the sentence of the name their mention stands for.
        var fromAntecedent = Set<Int>()
        for (q, candidate) in candidates.enumerated() {
            var attribution: Attribution?
            // A stray mark with nothing quoted ("…pillow.\"" at a paragraph's end) is no quotation.
            if isMarkup(candidate, frame: rules.frame) || isEmpty(candidate, frame: rules.frame) { continue }
            if let local = locals[q], local.confidence < ruleSet.titleDoubt, isTitle(candidate, frame: rules.frame) { continue }
            if isTitle(candidate, frame: rules.frame), namesAWork(q, frame: rules.frame) { continue }
            if japanese != nil, JapaneseNames.isName(candidate, frame: rules.frame) { continue }
            // A word or two in quotes that only a neighbour's attribution or the clause around it
            // claims is a scare quote: nobody is said to have said it.
            if let local = locals[q], let most = ruleSet.scareQuoteLimits[local.rule],
                candidate.segments.reduce(0, { $0 + rules.frame.wordCount(of: $1) }) <= most
            {
                continue
            }
            // What the reader is shown is the rule's calibrated confidence; a speaker found by no rule
            // of the set's tables (an introduction) shows its trust.
            let shown = locals[q].map { ($0.reported.isNaN ? $0.confidence : $0.reported) }
            if let local = locals[q], shown! >= minimumConfidence {
                var resolved = japanese?.resolve(local) ?? listed?.resolve(local) ?? resolver.resolve(local)
                let english = !isListed && japanese == nil
                if english, Self.isNoName(resolved.name) { resolved = .init(name: "Unidentified speaker", kind: .unnamed) }
                // "The United States", "The American Legion": a name after "The" is no person.
                if english, resolved.kind == .person, resolved.name.hasPrefix("The ") { resolved.kind = .organisation }
                let mentionRange = local.mentionRange(in: rules.frame)
                let mention = rules.frame.text(mentionRange)
                let id = directory.add(
                    name: resolved.name,
                    alias: isListed
                        ? Self.alias(mention, pronouns: listedWords!.pronouns)
                        : Self.alias(mention).flatMap { Self.nameAlias($0, of: resolved.name, kind: resolved.kind) },
                    kind: resolved.kind)
                var channel =
                    japanese != nil
                    ? JapaneseChannels(frame: rules.frame).channel(of: local, speaker: resolved.name)
                    : !isListed
                        ? channels.channel(in: local.evidence) : Self.channel(of: local, in: rules.frame, language: language)
                if let interview, interview.roles[q] != nil { channel = interview.channel }
                if !isListed, channel == nil, let antecedent = resolved.antecedent {
                    channel = channels.channel(in: sentence(around: antecedent, in: rules.frame))
                    if channel != nil { fromAntecedent.insert(quotes.count) }
                }
                let cueRange = local.cue.map { rules.frame.range(local.paragraph, $0, $0 + 1) }
                var cue = cueRange.map { rules.frame.text($0) }
                if let c = local.cue, rules.frame.isWord(local.paragraph, c), rules.frame.wordIs(local.paragraph, c, "according")
                {
                    cue = "according to"
                }
                attribution = Attribution(
                    speakerID: id, mention: mention, mentionRange: mentionRange, cue: cue, cueRange: cueRange,
                    channel: channel, confidence: (shown! * 100).rounded() / 100,
                    evidence: local.evidence, rule: local.rule.why)
            } else if let interview, let author, interview.roles[q] == .interviewer {
                attribution = interview.question(candidate, by: author, directory: &directory)
            } else if locals[q] == nil, !isStatement(candidate, frame: rules.frame) {
                continue
            }
            let kind = candidate.kind == .block ? QuoteKind.block : quoteKind(q, frame: rules.frame)
            // A stray mark that ends a paragraph joins the next quote as an empty segment: leave it out.
            let segments =
                candidate.segments.count == 1 ? candidate.segments : candidate.segments.filter { rules.frame.hasWord($0) }
            quotes.append(
                Quote(
                    id: Self.quoteID(articleID, quotes.count + 1), articleID: articleID, segments: segments, kind: kind,
                    attribution: consume attribution))
        }
        if !isListed, japanese == nil { Self.carryChannels(&quotes, fromAntecedent: fromAntecedent) }
        return ArticleExtraction(quotes: quotes, speakers: directory.speakers)
    }

    /// A channel named for a speaker's statement goes on to the same speaker's next quotes that
    /// name none, until another speaker is quoted or another channel named (the newer wins, also
    /// over one read from the sentence that introduced the speaker, `fromAntecedent`).
    static func carryChannels(_ quotes: inout [Quote], fromAntecedent: Set<Int>) {
        var speaker: String?
        var channel: String?
        for q in quotes.indices {
            guard let attribution = quotes[q].attribution else { continue }
            if attribution.speakerID != speaker {
                speaker = attribution.speakerID
                channel = attribution.channel
            } else if let named = attribution.channel, !(fromAntecedent.contains(q) && channel != nil) {
                channel = named
            } else if fromAntecedent.contains(q), let channel {
                quotes[q].attribution?.channel = channel
            } else if let channel {
                quotes[q].attribution?.channel = channel
            }
        }
    }

    /// The longest word that makes a mention a pronoun: ASCII mentions longer than this are
    /// none, and are told so without lower-casing them.
    private static let longestPronoun = max(Lexicon.pronouns.longest, "their".utf8.count)

    /// The channel of `local` read by its language's channel reader (German, French, Spanish).
    static func channel(of local: LocalAttribution, in frame: Frame, language: Language) -> String? {
        switch language {
        case .french: RomanceChannels(frame: frame, words: FrenchLexicon.channelWords).channel(of: local)
        case .spanish: RomanceChannels(frame: frame, words: SpanishLexicon.channelWords).channel(of: local)
        default: GermanChannels(frame: frame).channel(of: local)
        }
    }

    /// A mention as the speaker's alias, or nil for one of the language's `pronouns` (er, sie, il, elle).
    static func alias(_ mention: String, pronouns: [String: String]) -> String? {
        pronouns[mention.lowercased()] == nil ? mention : nil
    }

    /// The mention as the speaker's alias, or nil for a pronoun, which names nobody by itself.
    static func alias(_ mention: String) -> String? {
        if mention.utf8.count <= longestPronoun || !mention.allBytes(below: 0x80) {
            let lowered = mention.lowercased()
            if Lexicon.pronouns.contains(lowered) || Lexicon.personPossessives.contains(lowered) { return nil }
        }
        return mention
    }

    /// A speaker's alias: the mention without a possessive (`Hale’s`); for a person, the name from its
    /// first word of the speaker's name, with one capitalised title right before it (`Mr. Hale`, `Mayor Ada Brook`;
    /// `that Hale` → Hale, `Republican candidate Ada Brook` → Ada Brook), and nothing when the mention
    /// holds no word of the name (`the Republican candidate`). A pronoun or a relative pronoun (`who`,
    /// `which`) is never an alias.
    static func nameAlias(_ mention: String, of name: String, kind: SpeakerKind) -> String? {
        if mention == name { return mention }
        let lowered = mention.lowercased()
        if Lexicon.relativePronouns.contains(lowered) || Lexicon.pronouns.contains(lowered) { return nil }
        var words = mention.splitBySpace().map { String($0) }
        if let last = words.last { words[words.count - 1] = SpeakerResolver.strippingPossessive(last) }
        guard kind == .person else { return words.joined(separator: " ") }
        let nameWords = name.lowercased().splitBySpace()
        guard var first = words.firstIndex(where: { word in nameWords.contains { $0 == word.lowercased() } }) else {
            return nil
        }
        if first > 0, words[first - 1].first?.isUppercase ?? false, Lexicon.titles.contains(words[first - 1].lowercased()) {
            first -= 1
        }
        return words[first...].joined(separator: " ")
    }

    /// A resolved name that is a pronoun or a relative pronoun ("Who", "It") names nobody.
    static func isNoName(_ name: String) -> Bool {
        guard name.utf8.count <= 5 else { return false }
        let lowered = name.lowercased()
        return Lexicon.relativePronouns.contains(lowered) || Lexicon.pronouns.contains(lowered)
    }

    /// `"\(articleID)#\(n)"` for n ≥ 1, its bytes written in place instead of interpolated.
    static func quoteID(_ articleID: String, _ n: Int) -> String {
        articleID.withUTF8Bytes { id in
            String(unsafeUninitializedCapacity: id.count + 21) { buffer in
                var i = 0
                for byte in id {
                    buffer[i] = byte
                    i += 1
                }
                buffer[i] = UInt8(ascii: "#")
                i += 1
                var digits = 1
                var rest = n / 10
                while rest > 0 {
                    digits += 1
                    rest /= 10
                }
                rest = n
                for k in stride(from: i + digits - 1, through: i, by: -1) {
                    buffer[k] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                return i + digits
            }
        }
    }

    /// An unattributed quotation counts as a statement only when it is long enough to be one.
    func isStatement(_ candidate: QuoteCandidate, frame: Frame) -> Bool {
        if candidate.kind == .block { return true }
        let words = candidate.segments.reduce(0) { $0 + frame.wordCount(of: $1) }
        return words >= minimumUnattributedWords
    }

    /// True when no segment holds a word: only marks, spaces or punctuation.
    func isEmpty(_ candidate: QuoteCandidate, frame: Frame) -> Bool {
        !candidate.segments.contains { frame.hasWord($0) }
    }

    /// A quoted attribute value in markup (`author="…"`) is never a statement.
    func isMarkup(_ candidate: QuoteCandidate, frame: Frame) -> Bool {
        var i = candidate.segments[0].start - 1
        while i >= 0, frame.scalars[i] == " " { i -= 1 }
        return i >= 0 && frame.scalars[i] == "="
    }

    /// Words In Title Case, short: the name of a show, a book or a slogan rather than words someone said.
    func isTitle(_ candidate: QuoteCandidate, frame: Frame) -> Bool {
        guard candidate.segments.count == 1 else { return false }
        let range = candidate.segments[0]
        var words = 0
        var i = range.start
        while i < range.end {
            let s = frame.scalars[i]
            if Scalars.isWordScalar(s), i == range.start || !Scalars.isWordScalar(frame.scalars[i - 1]),
                !Scalars.isApostrophe(frame.scalars[max(i - 1, 0)])
            {
                var e = i
                while e < range.end, Scalars.isWordScalar(frame.scalars[e]) { e += 1 }
                words += 1
                if e - i >= 4, !Scalars.isUpper(s) { return false }
                if words > 8 { return false }
                i = e
                continue
            }
            i += 1
        }
        return words >= 2
    }

    /// True when the words right before quote `q` introduce it as a named work, not as speech.
    func namesAWork(_ q: Int, frame: Frame) -> Bool {
        let (p, t) = frame.location[q][0]
        var k = t - 1
        if frame.isPunct(p, k, ",") { k -= 1 }
        guard frame.isWord(p, k) else { return false }
        // "CNN's “State of the Union”": a broadcaster's possessive names its programme.
        if frame.isPossessive(p, k), frame.isCapitalized(p, k) { return true }
        return frame.word(p, k, in: Lexicon.workIntroducers)
    }

    /// Direct when the quotation stands as its own sentence or clause; mixed inside a sentence.
    func quoteKind(_ q: Int, frame: Frame) -> QuoteKind {
        let (p, t) = frame.location[q][0]
        if t == 0 || frame.isPunct(p, t - 1, ",:.!?;—–-(") || frame.isQuote(p, t - 1) { return .direct }
        return .mixed
    }

    /// The sentence of the paragraph that holds `range`.
    func sentence(around range: TextRange, in frame: Frame) -> TextRange {
        // Binary searches: long articles ask this for thousands of quotes.
        let p = frame.paragraphs(overlapping: TextRange(range.start, range.start + 1)).lowerBound
        guard p < frame.paragraphs.count, frame.paragraphs[p].contains(range.start) else { return range }
        let t = frame.firstToken(p, endingAfter: range.start)
        guard t < frame.tokens[p].count else { return range }
        let s = frame.sentenceStart(p, before: t)
        let e = frame.sentenceEnd(p, after: t)
        return frame.range(p, s, max(e, t + 1))
    }
}
