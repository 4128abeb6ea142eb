import SaywhoCore

/// The article's names: collected once, shown without possessives, and the kind of speaker each is.
extension SpeakerResolver {
    /// The scalars of the display of the name at `range` when it is plain text: the whole
    /// range, or without its possessive as `strippingPossessive` cuts it from the String.
    func displayRange(_ range: TextRange, possessive: Bool) -> TextRange? {
        let plain = frame.scalars.withUnsafeBufferPointer { scalars in
            for i in range.start..<range.end {
                let v = scalars[i].value
                guard v >= 0x20 && v < 0x7F || v == 0x2019 else { return false }
            }
            return true
        }
        guard plain else { return nil }
        guard possessive, range.length >= 2 else { return range }
        let last = frame.scalars[range.end - 1].value
        let before = frame.scalars[range.end - 2].value
        if last == 0x73, before == 0x27 || before == 0x2019 { return TextRange(range.start, range.end - 2) }
        if last == 0x27 || last == 0x2019, before == 0x73 { return TextRange(range.start, range.end - 1) }
        return range
    }

    /// The words a name's particles take at token `t` before its next capitalised word: 1 for
    /// "Khalid bin Rashed", 2 for "Pieter van der Berg" and "Marisol de la Cruz" (a particle, then a
    /// short lower-case word); nil when none stands there. An office's "of" is read apart.
    func particleWidth(_ p: Int, _ t: Int) -> Int? {
        guard frame.isWord(p, t), frame.wordIs(p, t, in: Lexicon.nameParticles), !frame.wordIs(p, t, "of") else { return nil }
        if frame.isCapitalized(p, t + 1) { return 1 }
        if frame.isWord(p, t + 1), frame.tokens[p][t + 1].end - frame.tokens[p][t + 1].start <= 3, frame.isCapitalized(p, t + 2) {
            return 2
        }
        return nil
    }

    /// The id of word `t` (lower-cased, without a possessive) among the names' words, when a name holds it.
    func nameWord(_ p: Int, _ t: Int) -> NameIndex.Word? {
        let token = frame.tokens[p][t]
        guard token.kind == .word, token.plain else { return index.word(frame.lowerStrippingPossessive(p, t)) }
        let end = frame.endStrippingPossessive(token)
        return frame.scalars.withUnsafeBufferPointer { scalars in
            let key = end == token.end ? token.key : NameIndex.key(plain: scalars, token.start, end)
            return index.word(plain: scalars, token.start, end, key: key)
        }
    }

    /// The ids of `words` among the names' words, or nil when a name holds none of them.
    func nameWords(_ words: [String]) -> [NameIndex.Word]? {
        var ids: [NameIndex.Word] = []
        ids.reserveCapacity(words.count)
        for word in words {
            guard let id = index.word(word) else { return nil }
            ids.append(id)
        }
        return ids
    }

    mutating func collectNames() {
        var distinct: [Int] = []
        var words: [NameIndex.Word] = []
        let scalars = frame.scalars
        for p in frame.tokens.indices {
            var t = 0
            let list = frame.tokens[p]
            let count = list.count
            while t < count {
                guard list[t].capitalized else {
                    t += 1
                    continue
                }
                var e = t
                var office = false
                // An office's "of", and an "and" after it: "Minister of Fisheries and Oceans Tancred Aalto".
                while e < count {
                    if frame.isCapitalized(p, e)
                        || (e > t && (frame.wordIs(p, e, "of") || (office && frame.wordIs(p, e, "and")))
                            && frame.isCapitalized(p, e + 1))
                    {
                        if frame.wordIs(p, e, "of") { office = true }
                        e += 1
                        if e > t, frame.isPossessive(p, e - 1) { break }
                    } else if e > t, let width = particleWidth(p, e) {
                        e += width
                    } else {
                        break
                    }
                }
                // A lone capitalised word is no full name; most runs are that, so skip them unread.
                if e - t < 2 {
                    t = e + 1
                    continue
                }
                var s = t
                while s < e, frame.word(p, s, in: Lexicon.sentenceStarters) && !frame.wordIs(p, s, "the") { s += 1 }
                if s < e, frame.wordIs(p, s, "the"), e - s < 3 { s += 1 }
                // "Senate Minority Leader Harry Reid", "Councillor Owen Tate", "Calder Shipping CEO
                // Carla Venn": the name follows the last title or role.
                var k = e - 2
                while k > s, !frame.word(p, k, in: Lexicon.titles), !frame.word(p, k, in: Lexicon.roleWords) { k -= 1 }
                if k >= s, k < e - 1, frame.word(p, k, in: Lexicon.titles) || frame.word(p, k, in: Lexicon.roleWords) {
                    if frame.isCapitalized(p, k + 1) {
                        s = k + 1
                    } else if k + 3 < e, frame.wordIs(p, k + 1, "of") {
                        // "Secretary of State Tom Nides", "Chief of Staff Denis McDonough", "Director of Public
                        // Prosecutions Winifred Castillo-Hart": the office runs to the last two words, the name.
                        s = max(k + 3, e - 2)
                    }
                }
                // Titles that open the name are left out of its words.
                var first = s
                while first < e, frame.word(p, first, in: Lexicon.titles) { first += 1 }
                if e - first >= 2 {
                    words.removeAll(keepingCapacity: true)
                    for k in first..<e {
                        let token = list[k]
                        if token.kind == .word, token.plain {
                            let end = frame.endStrippingPossessive(token)
                            words.append(
                                scalars.withUnsafeBufferPointer { scalars in
                                    let key = end == token.end ? token.key : NameIndex.key(plain: scalars, token.start, end)
                                    return index.add(plain: scalars, token.start, end, key: key)
                                })
                        } else {
                            words.append(index.add(frame.lowerStrippingPossessive(p, k)))
                        }
                    }
                    let d = index.addName(words)
                    let range = frame.range(p, first, e)
                    let possessive = frame.isPossessive(p, e - 1)
                    names.append(
                        Name(
                            range: range, displayRange: displayRange(range, possessive: possessive), possessive: possessive,
                            paragraph: p, tokens: first..<e, distinct: d))
                    distinct.append(d)
                } else if e - first == 1, s > t, let gender = Gender(titleAt: p, s - 1, in: frame) {
                    // "Ms. Okafor": no full name, but the title tells "she" who is meant.
                    genders[Self.strippingPossessive(frame.text(frame.range(p, s, s + 1)))] = gender
                }
                t = e + 1
            }
        }
        index.finish(distinct: distinct)
        nameGenders = [UInt8](repeating: 0, count: names.count)
    }

    static func strippingPossessive(_ s: String) -> String {
        // Most words end in neither s nor an apostrophe: answer those without comparing suffixes.
        // An ASCII byte is a whole scalar, so the last byte tells for most words.
        let utf8 = s.utf8
        guard let lastByte = utf8.last else { return s }
        if lastByte < 0x80 {
            guard lastByte == UInt8(ascii: "s") || lastByte == UInt8(ascii: "S") || lastByte == UInt8(ascii: "'") else {
                return s
            }
            // All ASCII: one byte a Character, so the suffixes below come down to two bytes.
            if utf8.allSatisfy({ $0 < 0x80 }) {
                guard utf8.count >= 2 else { return s }
                let before = utf8[utf8.index(utf8.endIndex, offsetBy: -2)]
                if lastByte == UInt8(ascii: "s"), before == UInt8(ascii: "'") { return String(s.dropLast(2)) }
                if lastByte == UInt8(ascii: "'"), before == UInt8(ascii: "s") { return String(s.dropLast(1)) }
                return s
            }
        }
        guard let last = s.unicodeScalars.last, last == "s" || last == "S" || last == "'" || last == "\u{2019}" else { return s }
        for suffix in ["'s", "’s", "‘s", "s'", "s’"] where s.hasSuffix(suffix) {
            return suffix.hasPrefix("s") ? String(s.dropLast(1)) : String(s.dropLast(2))
        }
        return s
    }

    func kind(of name: Name) -> SpeakerKind {
        index.isOrganisation(name.distinct) ? .organisation : .person
    }

    func kind(of words: [String]) -> SpeakerKind {
        words.contains(where: { Lexicon.organisationWords.contains($0) }) ? .organisation : .person
    }

    static func head(of name: String) -> String {
        String(name.lowercased().splitBySpace().last ?? "")
    }

    static func capitalizedFirst(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}
