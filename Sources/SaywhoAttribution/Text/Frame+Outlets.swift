import SaywhoCore

/// Outlet names as the text writes them, for the channel readers of every language.
extension Frame {
    /// Capitalised words from `k` as written, with the lower-case `joiners` of the language
    /// between them (`Courrier du Lac`, `Radio del Puerto`, `Progrès de la Loire`); nil when none starts at `k`.
    func outletName(_ p: Int, joinedBy joiners: WordSet, from k: Int, before end: Int) -> String? {
        var i = k
        while i < end, isWord(p, i) {
            if isCapitalized(p, i) {
                i += 1
            } else if i > k, wordIs(p, i, in: joiners), i + 1 < end, isCapitalized(p, i + 1) {
                i += 2
            } else if i > k, wordIs(p, i, in: joiners), wordIs(p, i + 1, "la"), i + 2 < end, isCapitalized(p, i + 2) {
                i += 3
            } else {
                break
            }
        }
        guard i > k else { return nil }
        return (k..<i).map { plainWord(p, $0) }.joined(separator: " ")
    }

    /// The word as written, without a full stop the tokenizer kept for an initial ("sur X.").
    func plainWord(_ p: Int, _ k: Int) -> String {
        let token = tokens[p][k]
        var end = token.end
        if end - token.start == 2, scalars[end - 1] == "." { end -= 1 }
        return text(TextRange(token.start, end))
    }
}
