import Testing

@testable import SaywhoAttribution

/// `RuleID.germanColonSubject` and the subject before a German cue: a sentence ending in a colon
/// speaks for its subject; a subject that fills the place before the verb outranks the object after it.
@Suite struct GermanColonSubjectTests {
    @Test(arguments: [
        RuleCase(
            "Der Tierarzt des Zoos, Dr. Felix Lorenz, ist zufrieden: „Das Gewicht entwickelt sich genau so, wie es sein soll.“",
            speaker: "Felix Lorenz", mention: "Der Tierarzt des Zoos, Dr. Felix Lorenz", rule: .germanColonSubject),
        RuleCase(
            "Studentensprecherin Leonie Hartwig war dabei. Auch Hartwig blieb hart: „Ein Gespräch allein reicht uns nicht.“",
            speaker: "Leonie Hartwig", mention: "Hartwig", rule: .germanColonSubject),
        RuleCase(
            "Vereinsvorsitzende Sabine Kroll kam. Sie forderte einen Sozialtarif: „Wer wenig verbraucht, sollte wenig zahlen.“",
            speaker: "Sabine Kroll", mention: "Sie", rule: .germanCueBefore),
        RuleCase(
            "Wissenschaftsminister Jörg Neumann sagte dem Altmark-Kurier: „Die Hochschule entscheidet selbst.“",
            speaker: "Jörg Neumann", mention: "Wissenschaftsminister Jörg Neumann", channel: "Altmark-Kurier",
            rule: .germanCueBefore),
        RuleCase(
            "Einsatzleiter Sven Dierks von der Feuerwehr schilderte die Nacht: „Als wir ankamen, stand das Dach in Flammen.“",
            speaker: "Sven Dierks", mention: "Einsatzleiter Sven Dierks", rule: .germanCueBefore),
        RuleCase(
            "„Das Feuer ist an zwei Stellen ausgebrochen“, sagte ein Sprecher der Polizei am Sonntag.",
            speaker: "Ein Sprecher der Polizei", mention: "ein Sprecher der Polizei", rule: .germanTagAfter),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }

    /// A role after the name is its predicate; an apposition's role tells the gender.
    @Test(arguments: [
        RuleCase(
            "Trotz des Abstiegs bleibt Claudia Mertens Trainerin des Vereins. „Ich laufe nicht weg“, sagte Mertens.",
            speaker: "Claudia Mertens", mention: "Mertens", rule: .germanTagAfter),
        RuleCase(
            "Studentensprecherin Leonie Hartwig sprach zuerst. Die Präsidentin der Hochschule, Prof. Dr. Ulrike Sander, kam später. „Ich nehme die Sorgen ernst“, sagte sie.",
            speaker: "Ulrike Sander", mention: "sie", rule: .germanTagAfter),
    ])
    func resolvesTheName(_ example: RuleCase) { example.check() }
}
