import Testing

@testable import SaywhoAttribution

/// `RuleID.frenchTagAfter` (`Rules/French/FrenchTagAfter.swift`): « … », a-t-il prévenu.
@Suite struct FrenchTagAfterTests {
    @Test(arguments: [
        RuleCase(
            "Le maire Paul Girard a présenté le budget. « Nous ne fermerons aucune école », a-t-il prévenu.",
            speaker: "Paul Girard",
            mention: "il", rule: .frenchTagAfter),
        RuleCase(
            "« Le budget est tenu », a déclaré la ministre Claire Dubois.", speaker: "Claire Dubois",
            mention: "la ministre Claire Dubois", rule: .frenchTagAfter),
        RuleCase(
            "Mme Aubry a quitté la réunion. « Rien n'est décidé », a-t-elle confié au Parisien.", speaker: "Aubry",
            mention: "elle",
            channel: "Parisien", rule: .frenchTagAfter),
        RuleCase(
            "« Nous restons vigilants », affirme Jean-Baptiste Morel.", speaker: "Jean-Baptiste Morel",
            mention: "Jean-Baptiste Morel", rule: .frenchTagAfter),
        RuleCase(
            "« La ligne rouvrira lundi », a précisé Anne de la Roche au micro de Radio Lac.", speaker: "Anne de la Roche",
            mention: "Anne de la Roche", channel: "Radio Lac", rule: .frenchTagAfter),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}

/// `RuleID.frenchCueBefore` (`Rules/French/FrenchCueBefore.swift`): Claire Dubois a déclaré : « … ».
@Suite struct FrenchCueBeforeTests {
    @Test(arguments: [
        RuleCase(
            "Claire Dubois a déclaré : « Nous tiendrons nos engagements. »", speaker: "Claire Dubois", mention: "Claire Dubois",
            rule: .frenchCueBefore),
        RuleCase(
            "Dans un communiqué, la préfecture a indiqué : « La route restera fermée jusqu'à nouvel ordre. »",
            speaker: "La préfecture",
            mention: "la préfecture", channel: "communiqué", rule: .frenchCueBefore),
        RuleCase(
            "Sur X, le député Marc Vidal a écrit : « Une victoire pour les habitants. »", speaker: "Marc Vidal",
            mention: "le député Marc Vidal", channel: "X", rule: .frenchCueBefore),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}

/// `RuleID.frenchSelon` (`Rules/French/FrenchSelon.swift`): selon X, d'après X.
@Suite struct FrenchSelonTests {
    @Test(arguments: [
        RuleCase(
            "Selon la procureure Inès Carrel, l'enquête est « loin d'être terminée ».", speaker: "Inès Carrel",
            mention: "la procureure Inès Carrel", rule: .frenchSelon),
        RuleCase(
            "D'après Lucas Meunier, le chantier a pris « au moins six mois de retard ».", speaker: "Lucas Meunier",
            mention: "Lucas Meunier", rule: .frenchSelon),
    ])
    func namesTheSource(_ example: RuleCase) { example.check() }
}
