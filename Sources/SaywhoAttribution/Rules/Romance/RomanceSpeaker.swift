import SaywhoCore

/// The speaker phrases the French and Spanish rules read, each language by its `RomanceWords`.
extension AttributionRules {
    /// True when token `k` is a role (`ministre`), its article elided into it or not (`l'adjointe`).
    func romanceRole(_ p: Int, _ k: Int, _ words: RomanceWords) -> Bool {
        guard frame.isWord(p, k), !frame.isCapitalized(p, k) else { return false }
        if frame.wordIs(p, k, in: words.roles) { return true }
        return words.elided(frame.lower(p, k)).map { words.roles.contains(String($0)) } ?? false
    }

    /// True when token `k` is an organisation noun (`mairie`), its article elided into it or not (`l'opposition`).
    func romanceOrganisation(_ p: Int, _ k: Int, _ words: RomanceWords) -> Bool {
        guard frame.isWord(p, k), !frame.isCapitalized(p, k) else { return false }
        if frame.wordIs(p, k, in: words.organisationWords) { return true }
        return words.elided(frame.lower(p, k)).map { words.organisationWords.contains(String($0)) } ?? false
    }

    /// The speaker phrase that starts at token `k`: a pronoun, or an optional article, roles in
    /// lower case, the role's complement and a comma before the name (`el concejal de Comercio,
    /// Tomás Ferrer`, `la directrice de l'hôpital, Mme Catherine Vasseur`), a title and a
    /// capitalised name with its particles (`Anne de la Roche`, `Ruiz del Pino`), or an article
    /// and an organisation word (`la préfecture`, `el ayuntamiento`).
    func romanceSpeaker(_ p: Int, from k: Int, upperBound end: Int, _ words: RomanceWords) -> Range<Int>? {
        guard k < end, frame.isWord(p, k) else { return nil }
        if words.pronouns[frame.lower(p, k)] != nil { return k..<(k + 1) }
        var i = k
        if frame.wordIs(p, i, in: words.determiners) { i += 1 }
        var described = false
        while i < end, romanceRole(p, i, words) {
            described = true
            i += 1
        }
        if i < end, romanceOrganisation(p, i, words), i > k || words.elided(frame.lower(p, i)) != nil {
            return k..<romanceComplementEnd(p, from: i + 1, upTo: min(end, i + 6), words)
        }
        if described,
            frame.wordIs(p, i, in: words.roleComplements) || frame.isWord(p, i) && words.elided(frame.lower(p, i)) != nil
        {
            var c = i + 1
            while c < min(end, i + 8), frame.isWord(p, c) { c += 1 }
            if frame.isPunct(p, c, ","), frame.isCapitalized(p, c + 1),
                romanceName(p, from: c + 1, upperBound: end, words) > c + 1
            {
                i = c
            }
        }
        if described, frame.isPunct(p, i, ","), frame.isCapitalized(p, i + 1) { i += 1 }
        if i < end, frame.wordIs(p, i, in: words.titles) { i += 1 }
        let name = romanceName(p, from: i, upperBound: end, words)
        if name > i { return k..<name }
        if described, frame.isPunct(p, i - 1, ",") { return k..<(i - 1) }
        return described ? k..<i : nil
    }

    /// Just past the capitalised name that starts at `i`, its particles inside it (`de`, `de la`, `del`, `y`).
    func romanceName(_ p: Int, from i: Int, upperBound end: Int, _ words: RomanceWords) -> Int {
        var e = i
        while e < end, frame.isWord(p, e) {
            if frame.isCapitalized(p, e), !frame.wordIs(p, e, in: words.determiners) {
                e += 1
                continue
            }
            // A particle counts only between capitalised words: "Anne de la Roche".
            guard e > i, frame.wordIs(p, e, in: words.nameParticles) else { break }
            var n = e + 1
            if frame.wordIs(p, e, "de"), frame.wordIs(p, n, "la") { n += 1 }
            guard n < end, frame.isCapitalized(p, n) else { break }
            e = n
        }
        return e
    }

    /// The speaker phrase that ends just before `end`, read back no further than `s`: a pronoun,
    /// a capitalised name with its role and article, an article and a role or organisation word,
    /// or a noun phrase an article opens (`la direction du réseau`, `l'opposition municipale`,
    /// `la Confédération paysanne`).
    func romanceSpeaker(_ p: Int, endingBefore end: Int, from s: Int, _ words: RomanceWords) -> Range<Int>? {
        // "Sa présidente, Sophie Lambert, a dénoncé": the comma closing an apposition.
        let e = end - 1 > s && frame.isPunct(p, end - 1, ",") ? end - 1 : end
        var i = e - 1
        guard i >= s, frame.isWord(p, i) else { return nil }
        if words.pronouns[frame.lower(p, i)] != nil { return i..<e }
        if !frame.isCapitalized(p, i) {
            if romanceRole(p, i, words) || romanceOrganisation(p, i, words) {
                if i - 1 >= s, frame.wordIs(p, i - 1, in: words.determiners) { return (i - 1)..<e }
                if words.elided(frame.lower(p, i)) != nil { return i..<e }
            }
            // A few lower-case words back to the article that opens the phrase.
            var h = i - 1
            while h >= max(s, i - 5), frame.isWord(p, h) {
                if frame.wordIs(p, h, in: words.determiners), frame.isWord(p, h + 1),
                    frame.isCapitalized(p, h + 1) || romanceRole(p, h + 1, words) || romanceOrganisation(p, h + 1, words)
                {
                    return h..<e
                }
                if romanceOrganisation(p, h, words) || romanceRole(p, h, words), words.elided(frame.lower(p, h)) != nil {
                    return h..<e
                }
                h -= 1
            }
            return nil
        }
        while i - 1 >= s, frame.isWord(p, i - 1) {
            if frame.isCapitalized(p, i - 1), !frame.wordIs(p, i - 1, in: words.determiners) {
                i -= 1
            } else if i - 2 >= s, frame.wordIs(p, i - 1, "la"), frame.wordIs(p, i - 2, "de"), frame.isCapitalized(p, i - 3) {
                i -= 2
            } else if frame.wordIs(p, i - 1, in: words.nameParticles), frame.isCapitalized(p, i - 2) {
                i -= 1
            } else {
                break
            }
        }
        if i - 2 >= s, frame.isPunct(p, i - 1, ","), romanceRole(p, i - 2, words) { i -= 1 }
        while i - 1 >= s, romanceRole(p, i - 1, words) { i -= 1 }
        if i - 1 >= s, frame.wordIs(p, i - 1, in: words.determiners) { i -= 1 }
        return i..<e
    }

    /// The comma that opens an aside closed by the comma at `close`: a relative clause (`qui`,
    /// `que`, `quien`) or a few lower-case words (`en cambio`), within twelve tokens; nil when there is none.
    func romanceAside(_ p: Int, endingAt close: Int, from s: Int, _ words: RomanceWords) -> Int? {
        var c = close - 1
        while c > s, close - c <= 12, !frame.isPunct(p, c, ",") {
            if frame.isQuote(p, c) { return nil }
            c -= 1
        }
        guard c > s, frame.isPunct(p, c, ","), frame.isWord(p, c - 1) else { return nil }
        let opener = frame.wordIs(p, c + 1, in: words.relatives)
        let lowerCase = (c + 1..<close).allSatisfy { frame.isWord(p, $0) && !frame.isCapitalized(p, $0) }
        return opener || lowerCase && close - c <= 4 ? c : nil
    }

    /// The pronoun inside an inverted verb (`a-t-il`, `prévient-elle`), as a scalar range, or nil.
    func romanceInvertedPronoun(_ p: Int, _ j: Int, _ words: RomanceWords) -> TextRange? {
        guard words.invertsPronouns, frame.isWord(p, j) else { return nil }
        let token = frame.tokens[p][j]
        var dash = token.end - 1
        while dash > token.start, frame.scalars[dash] != "-" { dash -= 1 }
        guard dash > token.start, words.pronouns[frame.text(TextRange(dash + 1, token.end)).lowercased()] != nil else {
            return nil
        }
        return TextRange(dash + 1, token.end)
    }
}
