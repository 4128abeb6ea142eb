import SaywhoCore

/// The order in which rules are asked and how far each is trusted, as data: one table per
/// language, so a new rule or language changes a table rather than the code that walks it.
struct RuleSet: Sendable {
    /// The language whose articles these rules read.
    var language: Language
    /// The word lists that resolve this language's speakers, for a language the English
    /// resolver does not fit (`ListedSpeakerResolver`); nil for English.
    var speakerWords: SpeakerWords?
    /// The local steps, asked in order for every quote; the first that finds a speaker wins,
    /// save the exceptions each `LocalStep` documents.
    var local: [LocalStep]
    /// The rules that read the sentence before a quote, in order.
    var before: [BeforeStep]
    /// The context steps, asked in order for a quote that local rules left unattributed.
    var context: [ContextStep]
    /// Confidence per rule and grade of evidence, looked up through `confidence(_:_:)`: how far
    /// the rules trust a finding when they weigh one rule's against another's.
    private var table: [Double]
    /// The confidence a reader is shown per rule and grade, looked up through `reported(_:_:)`:
    /// the share of such attributions that were right on the train split (calibration).
    private var reportedTable: [Double]
    /// How far a speaker found by an introduction (a sentence that ends in a colon or names a
    /// channel) is trusted before a context rule carries it.
    var introduction: Introduction
    /// Rules that carry or guess a speaker rather than read a cue, with the most words a quote
    /// may hold and still be a scare quote when one of them is all that claims it.
    var scareQuoteLimits: [RuleID: Int]
    /// The confidence at which a rule before the quote outranks a speech tag after it.
    var strong = 0.9
    /// Below this confidence a short Title Case quote is the name of a work, not speech.
    var titleDoubt = 0.6

    /// How strong the evidence of one finding is, beside the rule that found it.
    enum Grade: Int, CaseIterable, Sendable {
        /// The rule as it is meant: the cue beside the quote, the tag in the quote's sentence.
        case standard
        /// The cue stands further from the quote than a short tag ("X said … that … “…”").
        case distant
        /// The tag after the quote opens a sentence of its own ("“…” Hale said.").
        case newSentence
        /// The speaker is a description with a phrase of its own ("a narrator in the ad asks").
        case described
    }

    struct Introduction: Sendable {
        var cue: Double
        var participle: Double
        var phrase: Double
        var channel: Double
    }

    /// A rule set for `language`. A rule without a confidence here takes `base`'s; a rule of another
    /// language's set (`RuleID.language`) needs none, as this set never asks it.
    init(
        language: Language = .english, speakerWords: SpeakerWords? = nil, local: [LocalStep], before: [BeforeStep],
        context: [ContextStep], confidences: [RuleID: [Grade: Double]], reported: [RuleID: [Grade: Double]] = [:],
        base: RuleSet? = nil, introduction: Introduction, scareQuoteLimits: [RuleID: Int]
    ) {
        self.language = language
        self.speakerWords = speakerWords
        self.local = local
        self.before = before
        self.context = context
        self.introduction = introduction
        self.scareQuoteLimits = scareQuoteLimits
        let grades = Grade.allCases.count
        var table = [Double](repeating: .nan, count: RuleID.allCases.count * grades)
        for rule in RuleID.allCases {
            guard let byGrade = confidences[rule], let standard = byGrade[.standard] else {
                if let base {
                    for grade in Grade.allCases { table[rule.rawValue * grades + grade.rawValue] = base.confidence(rule, grade) }
                    continue
                }
                precondition(rule.language != nil && rule.language != language, "rule \(rule) has no standard confidence")
                continue
            }
            for grade in Grade.allCases { table[rule.rawValue * grades + grade.rawValue] = byGrade[grade] ?? standard }
        }
        self.table = table
        // A rule calibrated nowhere reports its own confidence; one this set leaves to `base` reports base's.
        var reportedTable = table
        for rule in RuleID.allCases {
            if let byGrade = reported[rule], let standard = byGrade[.standard] {
                for grade in Grade.allCases {
                    reportedTable[rule.rawValue * grades + grade.rawValue] = byGrade[grade] ?? standard
                }
            } else if let base, confidences[rule] == nil {
                for grade in Grade.allCases {
                    reportedTable[rule.rawValue * grades + grade.rawValue] = base.reported(rule, grade)
                }
            }
        }
        self.reportedTable = reportedTable
    }

    /// How far a speaker found by `rule` is trusted, on evidence of `grade`.
    /// True when this set may ask `rule`, so it has a confidence for it.
    func asks(_ rule: RuleID) -> Bool {
        !confidence(rule).isNaN
    }

    /// The rules for articles in `language`: English for any language without a set of its own.
    static func `for`(_ language: Language) -> RuleSet {
        switch language {
        case .german: .german
        case .french: .french
        case .spanish: .spanish
        case .japanese: .japanese
        default: .english
        }
    }

    @inline(__always) func confidence(_ rule: RuleID, _ grade: Grade = .standard) -> Double {
        table[rule.rawValue * Grade.allCases.count + grade.rawValue]
    }

    /// The confidence shown for a speaker found by `rule` on evidence of `grade`.
    @inline(__always) func reported(_ rule: RuleID, _ grade: Grade = .standard) -> Double {
        reportedTable[rule.rawValue * Grade.allCases.count + grade.rawValue]
    }
}
