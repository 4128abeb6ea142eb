import SaywhoCore

/// The turns of an interview printed as em-dash dialogue (`—¿Cómo se reabre una escuela?` ¶
/// `—Con mucha terquedad.`): two or more paragraphs in a row that are each one turn with no
/// narration. Questions are the interviewer's, the article's author; the other turns are the
/// interviewee's, the person the introduction names first; turns alternate, and a turn that
/// opens with `¿` is always a question. The channel is the outlet the introduction says the
/// interviewee talks to (`Habla con el Heraldo del Valle`).
struct InterviewTurns {
    enum Role { case interviewer, interviewee }

    /// The role of each quote candidate that is an interview turn.
    private(set) var roles: [Int: Role] = [:]
    /// The interviewee's name in the introduction, as a local attribution the resolver reads.
    private(set) var interviewee: LocalAttribution?
    /// The outlet the interview was given to.
    private(set) var channel: String?

    init(rules: AttributionRules) {
        let frame = rules.frame
        // A turn is a dash candidate that is a whole paragraph: the only token of its paragraph.
        var whole: [Int] = []
        for (q, candidate) in frame.candidates.enumerated() where candidate.family == .dash {
            let (p, t) = frame.location[q][0]
            if frame.tokens[p].count == 1, t == 0 { whole.append(q) }
        }
        // Runs of turns in consecutive paragraphs.
        var runs: [[Int]] = []
        for q in whole {
            let p = frame.location[q][0].paragraph
            if let last = runs.last?.last, frame.location[last][0].paragraph == p - 1 {
                runs[runs.count - 1].append(q)
            } else {
                runs.append([q])
            }
        }
        runs = runs.filter { $0.count >= 2 }
        guard let firstTurn = runs.first?.first else { return }
        for run in runs {
            var previous: Role?
            for q in run {
                let start = frame.candidates[q].segments[0].start
                let question = start + 1 < frame.scalars.count && frame.scalars[start + 1] == "¿"
                let role: Role = question || previous == .interviewee || previous == nil ? .interviewer : .interviewee
                roles[q] = role
                previous = role
            }
        }
        // The introduction: the paragraphs before the first turn.
        let introEnd = frame.location[firstTurn][0].paragraph
        for p in 0..<introEnd where interviewee == nil {
            for k in frame.tokens[p].indices where frame.isWord(p, k) && frame.isCapitalized(p, k) {
                let end = rules.romanceName(p, from: k, upperBound: frame.tokens[p].count, SpanishLexicon.romance)
                guard end - k >= 2 else { continue }
                let sentence = frame.range(p, frame.sentenceStart(p, before: k), frame.sentenceEnd(p, after: k))
                interviewee = rules.found(.spanishInterviewTurn, paragraph: p, mention: k..<end, cue: nil, evidence: sentence)
                break
            }
        }
        for p in 0..<introEnd where channel == nil {
            for k in frame.tokens[p].indices where frame.wordIs(p, k, "con") && k > 0 {
                guard frame.wordIs(p, k - 1, in: SpanishLexicon.interviewVerbs) else { continue }
                let from = frame.wordIs(p, k + 1, in: SpanishLexicon.determiners) ? k + 2 : k + 1
                if let outlet = frame.outletName(
                    p, joinedBy: SpanishLexicon.nameJoiners, from: from, before: frame.tokens[p].count)
                {
                    channel = outlet
                    break
                }
            }
        }
    }
}

extension InterviewTurns {
    /// `locals` with the interviewee's turns that no rule attributed given to the interviewee.
    func attribute(_ locals: [LocalAttribution?]) -> [LocalAttribution?] {
        guard let interviewee else { return locals }
        var result = locals
        for (q, role) in roles where role == .interviewee && result[q] == nil { result[q] = interviewee }
        return result
    }

    /// The attribution of a question to the interviewer, named by the article's author line: the
    /// name is not in the text, so the mention is the empty range at the question's start.
    func question(_ candidate: QuoteCandidate, by author: String, directory: inout SpeakerDirectory) -> Attribution {
        let id = directory.add(name: author, alias: nil, kind: .person)
        let segment = candidate.segments[0]
        return Attribution(
            speakerID: id, mention: author, mentionRange: TextRange(segment.start, segment.start), channel: channel,
            confidence: RuleSet.spanish.confidence(.spanishInterviewQuestion), evidence: segment,
            rule: RuleID.spanishInterviewQuestion.why)
    }
}
