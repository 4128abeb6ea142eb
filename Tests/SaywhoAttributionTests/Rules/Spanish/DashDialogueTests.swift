import SaywhoCore
import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// Em-dash dialogue in Spanish (`Scanning/DashDialogue.swift`): a paragraph opening with `—` is a
/// turn, the narration between ` —` and `—` tags it, and the words after the narration go on.
@Suite struct DashDialogueTests {
    @Test(arguments: [
        RuleCase(
            "El jefe de la unidad habla en el camión.\n\n—Esta es la peor temporada que recuerdo —dice el jefe de la unidad, Ignacio Prieto Villalba, mientras se ajusta el casco—. Llevamos treinta salidas.",
            quote: 0, speaker: "Ignacio Prieto Villalba", mention: "el jefe de la unidad, Ignacio Prieto Villalba",
            rule: .spanishTagAfter),
        RuleCase(
            "El jefe, Ignacio Prieto Villalba, conduce.\n\n—Dos millones no dan ni para un camión —responde Prieto cuando se le pregunta.",
            speaker: "Ignacio Prieto Villalba", mention: "Prieto", rule: .spanishTagAfter),
    ])
    func tagsTheTurn(_ example: RuleCase) { example.check() }

    @Test func theWordsAfterTheNarrationAreTheSameSpeakers() {
        let rows = quoteRows(
            "Sierra Alta vive su peor verano.\n\n—Esta es la peor temporada que recuerdo —dice la jefa, Laura Sanz—. Llevamos treinta salidas en agosto."
        )
        #expect(rows.map(\.text) == ["—Esta es la peor temporada que recuerdo", "Llevamos treinta salidas en agosto."])
        #expect(rows.map(\.speaker) == ["Laura Sanz", "Laura Sanz"])
    }

    @Test func englishTextKeepsItsDashes() {
        let rows = quoteRows(
            "The harbour reopened on Monday.\n\n—A reader writes that the ferry was late again, as it was all summer.")
        #expect(rows.isEmpty)
    }

    @Test func anInterviewAlternatesTheAuthorsQuestionsAndTheIntervieweesAnswers() {
        let text = """
            Rosa Beltrán Ortega es alcaldesa de Villarrubia desde 2019. Habla con el Heraldo del Valle en su despacho.

            —¿Cómo se reabre una escuela?

            —Con mucha terquedad. Fuimos a la consejería cuatro veces.

            —Hay quien dice que es una medida simbólica.

            —Que vengan a ver el patio a la hora del recreo.
            """
        let article = Article(id: "e", path: "e.md", author: "Daniel Fuentes", language: .spanish, text: text)
        let extraction = Extractor().extract(article)
        let rows = extraction.rows(in: article)
        #expect(rows.map(\.speaker) == ["Daniel Fuentes", "Rosa Beltrán Ortega", "Daniel Fuentes", "Rosa Beltrán Ortega"])
        #expect(rows.allSatisfy { $0.channel == "Heraldo del Valle" })
        let rules = extraction.quotes.compactMap { $0.attribution?.rule }
        #expect(
            rules
                == [RuleID.spanishInterviewQuestion, .spanishInterviewTurn, .spanishInterviewQuestion, .spanishInterviewTurn].map(
                    \.why))
    }

    @Test func withoutAnAuthorTheQuestionsStayUnattributed() {
        let text =
            "Nuria Paredes dirige la biblioteca de Torrealba.\n\n—¿Qué significa el premio para una biblioteca tan pequeña?\n\n—Que lo pequeño también cuenta."
        let rows = quoteRows(text)
        #expect(rows.map(\.speaker) == [nil, "Nuria Paredes"])
    }
}

/// Compound surnames: the first surname alone stands for the whole name.
@Suite struct SpanishCompoundSurnameTests {
    @Test(arguments: [
        RuleCase(
            "Su dueño, Alberto Méndez Soler, se jubila. “Lo he intentado todo, hasta ofrecerla por un euro”, dijo Méndez a La Voz del Puerto.",
            speaker: "Alberto Méndez Soler", mention: "Méndez", channel: "Voz del Puerto", rule: .spanishTagAfter),
        RuleCase(
            "El concejal Javier Ruiz del Pino presentó el plan. «Habrá excepciones para carga y descarga», aseguró Ruiz del Pino.",
            speaker: "Javier Ruiz del Pino", mention: "Ruiz del Pino", rule: .spanishTagAfter),
    ])
    func linksTheFirstSurname(_ example: RuleCase) { example.check() }
}
