import SaywhoCore

/// The Spanish noun phrases the Spanish rules read.
extension AttributionRules {
    /// The speaker phrase that starts at token `k`: `él`/`ella`, or an optional article, roles in
    /// lower case, a comma before the name (`el concejal, Tomás Ferrer`) and a capitalised name
    /// with its particles (`Ortega de Vidal`), or an article and an organisation word (`el ayuntamiento`).
    func spanishSpeaker(_ p: Int, from k: Int, upperBound end: Int) -> Range<Int>? {
        guard k < end, frame.isWord(p, k) else { return nil }
        if SpanishLexicon.pronouns[frame.lower(p, k)] != nil { return k..<(k + 1) }
        var i = k
        if frame.wordIs(p, i, in: SpanishLexicon.determiners) { i += 1 }
        var described = false
        while i < end, frame.isWord(p, i), !frame.isCapitalized(p, i), frame.wordIs(p, i, in: SpanishLexicon.roleSet) {
            described = true
            i += 1
        }
        if i > k, i < end, frame.isWord(p, i), !frame.isCapitalized(p, i),
            frame.wordIs(p, i, in: SpanishLexicon.organisationWords)
        {
            return k..<(i + 1)
        }
        // "el concejal de Comercio, Tomás Ferrer", "la presidenta de la asociación de vendedores,
        // Pilar Gómez": the role's complement, then the name in apposition after a comma.
        if described, frame.wordIs(p, i, "de") || frame.wordIs(p, i, "del") {
            var c = i + 1
            while c < min(end, i + 8), frame.isWord(p, c) { c += 1 }
            if frame.isPunct(p, c, ","), frame.isCapitalized(p, c + 1), spanishName(p, from: c + 1, upperBound: end) > c + 1 {
                i = c
            }
        }
        if described, frame.isPunct(p, i, ","), frame.isCapitalized(p, i + 1) { i += 1 }
        if i < end, frame.wordIs(p, i, in: SpanishLexicon.titles) { i += 1 }
        let name = spanishName(p, from: i, upperBound: end)
        if name > i { return k..<name }
        if described, frame.isPunct(p, i - 1, ",") { return k..<(i - 1) }
        return described ? k..<i : nil
    }

    /// Just past the capitalised name that starts at `i`, particles inside it (`de`, `del`, `de la`, `y`).
    func spanishName(_ p: Int, from i: Int, upperBound end: Int) -> Int {
        var e = i
        while e < end, frame.isWord(p, e) {
            if frame.isCapitalized(p, e), !frame.wordIs(p, e, in: SpanishLexicon.determiners) {
                e += 1
                continue
            }
            guard e > i, frame.wordIs(p, e, "de") || frame.wordIs(p, e, "del") || frame.wordIs(p, e, "y") else { break }
            var n = e + 1
            if frame.wordIs(p, e, "de"), frame.wordIs(p, n, "la") { n += 1 }
            guard n < end, frame.isCapitalized(p, n) else { break }
            e = n
        }
        return e
    }

    /// The speaker phrase that ends just before `end`, read back no further than `s`.
    func spanishSpeaker(_ p: Int, endingBefore end: Int, from s: Int) -> Range<Int>? {
        let e = end - 1 > s && frame.isPunct(p, end - 1, ",") ? end - 1 : end
        var i = e - 1
        guard i >= s, frame.isWord(p, i) else { return nil }
        if SpanishLexicon.pronouns[frame.lower(p, i)] != nil { return i..<e }
        if !frame.isCapitalized(p, i) {
            if frame.wordIs(p, i, in: SpanishLexicon.roleSet) || frame.wordIs(p, i, in: SpanishLexicon.organisationWords),
                i - 1 >= s,
                frame.wordIs(p, i - 1, in: SpanishLexicon.determiners)
            {
                return (i - 1)..<e
            }
            return nil
        }
        while i - 1 >= s, frame.isWord(p, i - 1) {
            if frame.isCapitalized(p, i - 1), !frame.wordIs(p, i - 1, in: SpanishLexicon.determiners) {
                i -= 1
            } else if i - 2 >= s, frame.wordIs(p, i - 1, "la"), frame.wordIs(p, i - 2, "de"), frame.isCapitalized(p, i - 3) {
                i -= 2
            } else if frame.wordIs(p, i - 1, "de") || frame.wordIs(p, i - 1, "del") || frame.wordIs(p, i - 1, "y"),
                frame.isCapitalized(p, i - 2)
            {
                i -= 1
            } else {
                break
            }
        }
        if i - 2 >= s, frame.isPunct(p, i - 1, ","), frame.wordIs(p, i - 2, in: SpanishLexicon.roleSet) { i -= 1 }
        while i - 1 >= s, frame.isWord(p, i - 1), !frame.isCapitalized(p, i - 1),
            frame.wordIs(p, i - 1, in: SpanishLexicon.roleSet)
        { i -= 1 }
        if i - 1 >= s, frame.wordIs(p, i - 1, in: SpanishLexicon.determiners) { i -= 1 }
        return i..<e
    }
}
