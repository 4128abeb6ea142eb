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
        let triggers = Lexicon.channelTriggers
        for p in frame.paragraphs(overlapping: range) {
            let tokens = frame.tokens[p]
            // Paragraphs can hold thousands of tokens: start at the first one in range.
            var t = frame.firstToken(p, startingAtOrAfter: range.start) - 1
            while t + 1 < tokens.count, tokens[t + 1].end <= range.end {
                t += 1
                guard frame.isWord(p, t) else { continue }
                // One lookup rules out most words before the comparisons below, and gives the word.
                guard let w = frame.member(p, t, of: triggers) else { continue }
                if Lexicon.tellingVerbs.contains(w), let outlet = outlet(p, from: t + 1) {
                    offer(5, outlet)
                } else if Lexicon.interviewWords.contains(w) {
                    var k = t + 1
                    if frame.isWord(p, k), frame.wordIs(p, k, in: Lexicon.interviewPrepositions) { k += 1 }
                    if let outlet = outlet(p, from: k) {
                        offer(5, outlet)
                    } else {
                        offer(2, "an interview")
                    }
                } else if Lexicon.platformPrepositions.contains(w), t > 0, let outlet = outlet(p, from: t + 1),
                    isBroadcaster(outlet)
                {
                    offer(4, outlet)
                } else if w == "x", frame.isCapitalized(p, t), t > 0, frame.wordIs(p, t - 1, in: Lexicon.platformPrepositions) {
                    offer(4, "X post")
                } else if Lexicon.pressWords.contains(w), frame.wordIs(p, t + 1, in: Lexicon.pressEvents) {
                    offer(3, frame.wordIs(p, t + 1, "release") ? "a press release" : "a \(w) \(frame.lower(p, t + 1))")
                } else if w == "court", frame.isWord(p, t + 1), frame.wordIs(p, t + 1, in: Lexicon.courtDocuments) {
                    offer(3, frame.wordIs(p, t + 1, "documents") ? "court documents" : "court \(frame.lower(p, t + 1))")
                } else if Lexicon.channelDocuments.contains(w), let (priority, phrase) = document(p, t) {
                    offer(priority, phrase)
                } else if let platform = Lexicon.platforms[w] {
                    let priority = Lexicon.documentChannels.contains(w) ? 2 : 4
                    if Lexicon.pressEvents.contains(w) { continue }
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

    /// A document named with its determiner and adjectives ("a sworn statement", "its monthly
    /// newsletter", "a note to clients"), or the outlet it was given to ("remarks to the Orbital Weekly").
    private mutating func document(_ p: Int, _ t: Int) -> (Int, String)? {
        if frame.isWord(p, t + 1), frame.wordIs(p, t + 1, "to"), let outlet = outlet(p, from: t + 2) { return (5, outlet) }
        var k = t - 1
        while k >= 0, t - k <= 3, frame.isWord(p, k), !frame.isCapitalized(p, k), !frame.wordIs(p, k, in: Lexicon.determiners) {
            k -= 1
        }
        guard k > 0, t - k <= 3, frame.isWord(p, k), frame.wordIs(p, k, in: Lexicon.determiners), frame.wordIs(p, k - 1, "in")
        else {
            return Lexicon.platforms[frame.lower(p, t)].map { (2, $0) }
        }
        var phrase = frame.text(frame.range(p, k, t + 1))
        if let first = phrase.first, first.isUppercase { phrase = first.lowercased() + phrase.dropFirst() }
        if frame.isWord(p, t + 1), frame.wordIs(p, t + 1, "to"), frame.isWord(p, t + 2), !frame.isCapitalized(p, t + 2),
            !frame.wordIs(p, t + 2, in: Lexicon.determiners), !frame.isWord(p, t + 3) || !frame.isCapitalized(p, t + 3)
        {
            phrase += " to " + frame.lower(p, t + 2)
        }
        return (2, phrase)
    }

    /// A capitalised name right after a word ("told Entertainment Tonight", "on CNN").
    private mutating func outlet(_ p: Int, from start: Int) -> String? {
        var k = start
        if frame.isWord(p, k), frame.wordIs(p, k, "the"), frame.isCapitalized(p, k + 1) { k += 1 }
        var e = k
        while frame.isCapitalized(p, e), e == k || !frame.word(p, e, in: Lexicon.weekdays) {
            e += 1
            if frame.isWord(p, e), frame.wordIs(p, e, in: Lexicon.nameJoiners), frame.isCapitalized(p, e + 1) { e += 1 }
        }
        guard e > k else { return nil }
        let name = SpeakerResolver.strippingPossessive(frame.text(frame.range(p, start, e)))
        let lower = name.lowercased()
        if Lexicon.pronouns.contains(lower) || Lexicon.audienceWords.contains(lower) { return nil }
        // A person told is an audience, not a channel; outlets have an organisation word or are short capitals.
        let words = lower.splitBySpace().map(String.init)
        if words.contains(where: { Lexicon.organisationWords.contains($0) })
            || name.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "-" })
            || Lexicon.outlets.contains(lower) || (words.count > 1 && Lexicon.outletWords.contains(words[words.count - 1]))
        {
            return name
        }
        return nil
    }

    private func isBroadcaster(_ name: String) -> Bool {
        let lower = name.lowercased()
        return Lexicon.broadcasterPrefixes.contains(where: { lower.hasPrefix($0) })
            || Lexicon.outlets.contains(lower) || lower.hasSuffix("news") || lower.hasSuffix("radio") || lower.hasSuffix("show")
    }
}
