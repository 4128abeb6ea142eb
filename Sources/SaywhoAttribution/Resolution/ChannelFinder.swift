import SaywhoCore

/// Finds where a statement was made from the sentence that attributes it.
///
/// Channels come from the text only: "told Entertainment Tonight", "in an interview with
/// CNN", "on Twitter", "in a statement", "a press release", "a court filing"… When the
/// sentence names none, there is none.
struct ChannelFinder {
    let frame: Frame
    /// True when the article speaks of an Instagram Story, so "took to Instagram" is one;
    /// looked up only when Instagram comes up, since the scan reads the whole article.
    private var storyMentioned: Bool?

    init(frame: Frame) {
        self.frame = frame
        // About one evidence range a quote, and one more for some antecedents: sized once, not regrown.
        cache.reserveCapacity(2 * frame.candidates.count)
    }

    private mutating func instagramStory() -> Bool {
        if let known = storyMentioned { return known }
        let found = Scalars.containsCaseInsensitive(frame.scalars, "instagram stor")
        storyMentioned = found
        return found
    }

    /// Platforms and forms, by the lower-case word that names them.
    static let platforms: [String: String] = [
        "instagram": "Instagram", "twitter": "Twitter", "tweet": "Twitter", "tweeted": "Twitter", "tweets": "Twitter",
        "facebook": "Facebook", "tiktok": "TikTok", "youtube": "YouTube", "snapchat": "Snapchat", "threads": "Threads",
        "linkedin": "LinkedIn", "reddit": "Reddit", "podcast": "a podcast", "op-ed": "an op-ed", "blog": "a blog post",
        "statement": "a statement", "release": "a press release", "conference": "a press conference",
        "briefing": "a press briefing", "filing": "a court filing", "lawsuit": "a court filing", "testimony": "testimony",
        "speech": "a speech", "rally": "a rally", "debate": "a debate", "letter": "a letter", "email": "an email",
        "memo": "a memo", "interview": "an interview", "post": "a post", "video": "a video", "livestream": "a livestream",
    ]

    /// Answers by evidence range: quotes carried from one attribution share their evidence.
    private var cache: [TextRange: String?] = [:]

    /// The channel named in `range` (scalar offsets), if any.
    mutating func channel(in range: TextRange) -> String? {
        if let known = cache[range] { return known }
        let found = search(range)
        cache[range] = found
        return found
    }

    private mutating func search(_ range: TextRange) -> String? {
        var found: (priority: Int, value: String)?
        func offer(_ priority: Int, _ value: String) {
            if found == nil || priority > found!.priority { found = (priority, value) }
        }
        let triggers = Self.triggers
        for p in frame.paragraphs(overlapping: range) {
            let tokens = frame.tokens[p]
            // Paragraphs can hold thousands of tokens: start at the first one in range.
            var t = frame.firstToken(p, startingAtOrAfter: range.start) - 1
            while t + 1 < tokens.count, tokens[t + 1].end <= range.end {
                t += 1
                guard frame.isWord(p, t) else { continue }
                // One lookup rules out most words before the comparisons below, and gives the word.
                guard let w = frame.member(p, t, of: triggers) else { continue }
                if (w == "told" || w == "tells" || w == "telling" || w == "tell"), let outlet = outlet(p, from: t + 1) {
                    offer(5, outlet)
                } else if w == "interview" || w == "appearance" {
                    var k = t + 1
                    if frame.isWord(p, k), frame.wordIs(p, k, ["with", "on"]) { k += 1 }
                    if let outlet = outlet(p, from: k) {
                        offer(5, "an interview with \(outlet)")
                    } else {
                        offer(2, "an interview")
                    }
                } else if w == "on" || w == "to", t > 0, let outlet = outlet(p, from: t + 1), isBroadcaster(outlet) {
                    offer(4, outlet)
                } else if w == "x", frame.isCapitalized(p, t), t > 0, frame.wordIs(p, t - 1, ["on", "to"]) {
                    offer(4, "X post")
                } else if w == "press" || w == "news", frame.isWord(p, t + 1), frame.wordIs(p, t + 1, ["release", "conference", "briefing"]) {
                    offer(3, frame.wordIs(p, t + 1, "release") ? "a press release" : "a press \(frame.lower(p, t + 1))")
                } else if w == "court", frame.isWord(p, t + 1), frame.wordIs(p, t + 1, ["filing", "papers", "documents"]) {
                    offer(3, "a court filing")
                } else if let platform = Self.platforms[w] {
                    let priority = ["statement", "interview", "post", "video", "letter", "email", "memo", "speech", "rally", "debate"].contains(w) ? 2 : 4
                    if w == "release" || w == "conference" || w == "briefing" { continue }
                    if platform == "Instagram" {
                        offer(priority, instagramStory() ? "Instagram Story" : "Instagram")
                    } else {
                        offer(priority, platform)
                    }
                }
            }
        }
        return found?.value
    }

    /// A capitalised name right after a word ("told Entertainment Tonight", "on CNN").
    private mutating func outlet(_ p: Int, from start: Int) -> String? {
        var k = start
        if frame.isWord(p, k), frame.wordIs(p, k, "the"), frame.isCapitalized(p, k + 1) { k += 1 }
        var e = k
        while frame.isCapitalized(p, e), e == k || !frame.word(p, e, in: Self.days) {
            e += 1
            if frame.isWord(p, e), frame.wordIs(p, e, ["of", "and"]), frame.isCapitalized(p, e + 1) { e += 1 }
        }
        guard e > k else { return nil }
        let name = SpeakerResolver.strippingPossessive(frame.text(frame.range(p, start, e)))
        let lower = name.lowercased()
        if Lexicon.pronouns.contains(lower) || ["reporters", "me"].contains(lower) { return nil }
        // A person told is an audience, not a channel; outlets have an organisation word or are short capitals.
        let words = lower.splitBySpace().map(String.init)
        if words.contains(where: { Lexicon.organisationWords.contains($0) }) || name.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" })
            || Self.knownOutlets.contains(lower)
        {
            return name
        }
        return nil
    }

    /// Every word that can start a channel: the platforms and the words the search looks at.
    static let triggers = WordSet(Set(platforms.keys).union([
        "told", "tells", "telling", "tell", "interview", "appearance", "on", "to", "x", "press", "news", "court",
    ]))

    static let days: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    static let knownOutlets: WordSet = [
        "entertainment tonight", "people", "variety", "e! news", "extra", "access hollywood", "the hill", "politico",
        "axios", "vox", "slate", "the atlantic", "the new yorker", "bloomberg", "forbes", "fortune", "buzzfeed",
        "huffpost", "the daily beast", "breitbart", "newsmax", "meet the press", "face the nation", "good morning america",
        "the view", "60 minutes", "hardball", "the today show", "billboard", "rolling stone", "us weekly", "page six",
    ]

    private func isBroadcaster(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["cnn", "msnbc", "fox", "nbc", "abc", "cbs", "bbc", "npr", "pbs", "cnbc", "c-span"].contains(where: { lower.hasPrefix($0) })
            || Self.knownOutlets.contains(lower) || lower.hasSuffix("news") || lower.hasSuffix("radio") || lower.hasSuffix("show")
    }
}
