import SaywhoCore

/// The German noun phrases the German rules read: a speaker after or before a cue.
extension AttributionRules {
    /// The speaker phrase that starts at token `k` of paragraph `p`, before `end`: a pronoun
    /// (`er`, `sie`), or an optional article then capitalised words (roles, titles, names:
    /// `die Ministerin`, `Landrätin Dr. Eva Brandtner`, `Brandtner`). It stops at a lower-case
    /// word, a mark, or an article after the head (`sagte sie der Rhein-Zeitung`: a dative outlet).
    func germanSpeaker(_ p: Int, from k: Int, upperBound end: Int) -> Range<Int>? {
        guard k < end, frame.isWord(p, k) else { return nil }
        if !frame.isCapitalized(p, k), GermanLexicon.pronouns[frame.lower(p, k)] != nil { return k..<(k + 1) }
        var i = k
        if frame.wordIs(p, i, in: GermanLexicon.determiners) { i += 1 }
        let first = i
        while i < end, frame.isWord(p, i), frame.isCapitalized(p, i), !frame.wordIs(p, i, in: GermanLexicon.determiners) {
            // A capitalised cue or a pronoun opens another clause: "„…“, sagte Brandtner. Sie …".
            if i > first, frame.wordIs(p, i, in: GermanLexicon.cueVerbs) { break }
            i += 1
        }
        guard i > first else { return nil }
        // "ein Sprecher der Polizei": an organisation in the genitive belongs to the speaker; another
        // noun after an article is a dative outlet ("sagte sie der Rhein-Zeitung").
        if i + 1 < end, frame.wordIs(p, i, "der") || frame.wordIs(p, i, "des"), frame.isCapitalized(p, i + 1),
            GermanLexicon.speakerWords.isOrganisation(frame.lower(p, i + 1))
        {
            i += 2
        }
        // A capitalised pronoun at the sentence's start ("Sie sagte: …") is the pronoun.
        if i == first + 1, k == first, GermanLexicon.pronouns[frame.lower(p, k)] != nil { return k..<(k + 1) }
        return k..<i
    }

    /// The speaker phrase that ends just before token `e` (exclusive), read backwards to its article
    /// or its first capitalised word, no further back than `s`.
    func germanSpeaker(_ p: Int, endingBefore e: Int, from s: Int) -> Range<Int>? {
        var i = e - 1
        guard i >= s, frame.isWord(p, i) else { return nil }
        if GermanLexicon.pronouns[frame.lower(p, i)] != nil { return i..<e }
        guard frame.isCapitalized(p, i) else { return nil }
        while i - 1 >= s, frame.isWord(p, i - 1), frame.isCapitalized(p, i - 1),
            !frame.wordIs(p, i - 1, in: GermanLexicon.determiners)
        {
            i -= 1
        }
        if i - 1 >= s, frame.wordIs(p, i - 1, in: GermanLexicon.determiners) { i -= 1 }
        return i..<e
    }
}
