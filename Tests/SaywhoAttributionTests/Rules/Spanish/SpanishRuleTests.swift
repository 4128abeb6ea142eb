import Testing

@testable import SaywhoAttribution

/// `RuleID.spanishTagAfter` (`Rules/Spanish/SpanishTagAfter.swift`): «…», aseguró el concejal, Tomás Ferrer.
@Suite struct SpanishTagAfterTests {
    @Test(arguments: [
        RuleCase(
            "«No vamos a cerrar el mercado», aseguró el concejal, Tomás Ferrer.", speaker: "Tomás Ferrer",
            mention: "el concejal, Tomás Ferrer", rule: .spanishTagAfter),
        RuleCase(
            "«El puerto abrirá en mayo», dijo Lucía Ortega de Vidal.", speaker: "Lucía Ortega de Vidal",
            mention: "Lucía Ortega de Vidal",
            rule: .spanishTagAfter),
        RuleCase(
            "La alcaldesa Marta Llopis presentó el plan. «Habrá más autobuses», afirmó la alcaldesa.", speaker: "Marta Llopis",
            mention: "la alcaldesa", rule: .spanishTagAfter),
        RuleCase(
            "La portavoz Rosa Pons habló con los vecinos. «Nadie nos avisó», dijo ella a la Radio Costa.", speaker: "Rosa Pons",
            mention: "ella", channel: "Radio Costa", rule: .spanishTagAfter),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}

/// `RuleID.spanishCueBefore` (`Rules/Spanish/SpanishCueBefore.swift`): Ferrer dijo: «…».
@Suite struct SpanishCueBeforeTests {
    @Test(arguments: [
        RuleCase(
            "Ferrer dijo en rueda de prensa: «Las obras terminarán en junio.»", speaker: "Ferrer", mention: "Ferrer",
            channel: "rueda de prensa", rule: .spanishCueBefore),
        RuleCase(
            "El ayuntamiento aseguró en un comunicado que «no habrá más retrasos en la obra».", speaker: "El ayuntamiento",
            mention: "El ayuntamiento", channel: "comunicado", rule: .spanishCueBefore),
        RuleCase(
            "En su cuenta de X, la diputada Ana Ruiz escribió: «Es un día histórico para la isla.»", speaker: "Ana Ruiz",
            mention: "la diputada Ana Ruiz", channel: "X", rule: .spanishCueBefore),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}

/// `RuleID.spanishSegun` (`Rules/Spanish/SpanishSegun.swift`): según X.
@Suite struct SpanishSegunTests {
    @Test(arguments: [
        RuleCase(
            "Según la fiscal Elena Soler, el caso está «lejos de cerrarse».", speaker: "Elena Soler",
            mention: "la fiscal Elena Soler",
            rule: .spanishSegun)
    ])
    func namesTheSource(_ example: RuleCase) { example.check() }
}
