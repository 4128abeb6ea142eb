import SaywhoCore

/// The French noun phrases the French rules read.
extension AttributionRules {
    /// The speaker phrase that starts at token `k`: `il`/`elle`, or an optional article, roles
    /// in lower case and a capitalised name with its particles (`la ministre Claire Dubois`,
    /// `Anne de la Roche`, `Jean-Baptiste Morel`), or an article and an organisation word (`la préfecture`).
    func frenchSpeaker(_ p: Int, from k: Int, upperBound end: Int) -> Range<Int>? {
        guard k < end, frame.isWord(p, k) else { return nil }
        if FrenchLexicon.pronouns[frame.lower(p, k)] != nil { return k..<(k + 1) }
        var i = k
        if frame.wordIs(p, i, in: FrenchLexicon.determiners) { i += 1 }
        var described = false
        while i < end, frame.isWord(p, i), !frame.isCapitalized(p, i), frame.wordIs(p, i, in: FrenchLexicon.roleSet) {
            described = true
            i += 1
        }
        if i > k, i < end, frame.isWord(p, i), !frame.isCapitalized(p, i), frame.wordIs(p, i, in: FrenchLexicon.organisationWords)
        {
            return k..<(i + 1)
        }
        if i < end, frame.wordIs(p, i, in: FrenchLexicon.titles) { i += 1 }
        let name = frenchName(p, from: i, upperBound: end)
        if name > i { return k..<name }
        return described ? k..<i : nil
    }

    /// Just past the capitalised name that starts at `i`, particles inside it (`de`, `du`, `de la`).
    func frenchName(_ p: Int, from i: Int, upperBound end: Int) -> Int {
        var e = i
        while e < end, frame.isWord(p, e) {
            if frame.isCapitalized(p, e), !frame.wordIs(p, e, in: FrenchLexicon.determiners) {
                e += 1
                continue
            }
            // A particle counts only between capitalised words: "Anne de la Roche".
            guard e > i, frame.wordIs(p, e, "de") || frame.wordIs(p, e, "du") else { break }
            var n = e + 1
            if frame.wordIs(p, n, "la") { n += 1 }
            guard frame.isCapitalized(p, n) else { break }
            e = n
        }
        return e
    }

    /// The speaker phrase that ends just before `e`, read back no further than `s`: a pronoun,
    /// a capitalised name (with its role and article), or an article and an organisation word.
    func frenchSpeaker(_ p: Int, endingBefore end: Int, from s: Int) -> Range<Int>? {
        // "Sa présidente, Sophie Lambert, a dénoncé": the comma closing an apposition.
        let e = end - 1 > s && frame.isPunct(p, end - 1, ",") ? end - 1 : end
        var i = e - 1
        guard i >= s, frame.isWord(p, i) else { return nil }
        if FrenchLexicon.pronouns[frame.lower(p, i)] != nil { return i..<e }
        if !frame.isCapitalized(p, i) {
            guard frame.wordIs(p, i, in: FrenchLexicon.organisationWords), i - 1 >= s,
                frame.wordIs(p, i - 1, in: FrenchLexicon.determiners)
            else { return nil }
            return (i - 1)..<e
        }
        while i - 1 >= s, frame.isWord(p, i - 1) {
            if frame.isCapitalized(p, i - 1), !frame.wordIs(p, i - 1, in: FrenchLexicon.determiners) {
                i -= 1
            } else if i - 2 >= s, frame.wordIs(p, i - 1, "la"), frame.wordIs(p, i - 2, "de"), frame.isCapitalized(p, i - 3) {
                i -= 2
            } else if frame.wordIs(p, i - 1, "de") || frame.wordIs(p, i - 1, "du"), frame.isCapitalized(p, i - 2) {
                i -= 1
            } else {
                break
            }
        }
        while i - 1 >= s, frame.isWord(p, i - 1), !frame.isCapitalized(p, i - 1),
            frame.wordIs(p, i - 1, in: FrenchLexicon.roleSet)
        { i -= 1 }
        if i - 1 >= s, frame.wordIs(p, i - 1, in: FrenchLexicon.determiners) { i -= 1 }
        return i..<e
    }

    /// The pronoun inside an inverted verb (`a-t-il`, `prévient-elle`), as a scalar range, or nil.
    func frenchInvertedPronoun(_ p: Int, _ j: Int) -> TextRange? {
        guard frame.isWord(p, j) else { return nil }
        let token = frame.tokens[p][j]
        var dash = token.end - 1
        while dash > token.start, frame.scalars[dash] != "-" { dash -= 1 }
        guard dash > token.start, FrenchLexicon.pronouns[frame.text(TextRange(dash + 1, token.end)).lowercased()] != nil else {
            return nil
        }
        return TextRange(dash + 1, token.end)
    }
}
