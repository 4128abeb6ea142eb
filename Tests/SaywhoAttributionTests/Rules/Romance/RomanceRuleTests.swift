import Testing

@testable import SaywhoAttribution

/// The Romance readers French and Spanish share (`Rules/Romance/`), each on its language's word
/// lists: roles with their complement before a name, elided articles, asides, and channels.
@Suite struct RomanceReaderTests {
    @Test(arguments: [
        RuleCase(
            "« Les résultats ne sont pas là », a déclaré le président du club, Bernard Lefèvre, lors d'une conférence de presse.",
            speaker: "Bernard Lefèvre", mention: "le président du club, Bernard Lefèvre", channel: "conférence de presse",
            rule: .frenchTagAfter),
        RuleCase(
            "« Nous voulons des circuits courts », a indiqué l'adjointe au commerce, Élodie Garnier.", speaker: "Élodie Garnier",
            mention: "l'adjointe au commerce, Élodie Garnier", rule: .frenchTagAfter),
        RuleCase(
            "Dans un communiqué, l'opposition municipale dénonce « un manque total d'anticipation de la majorité ».",
            speaker: "L'opposition municipale", mention: "l'opposition municipale", channel: "communiqué",
            rule: .frenchCueBefore),
        RuleCase(
            "Sur Facebook, la Confédération paysanne a publié un message : « Une visite de plus, et rien de concret. »",
            speaker: "Confédération paysanne", mention: "la Confédération paysanne", channel: "Facebook", rule: .frenchCueBefore),
        RuleCase(
            "« Les nageurs ne seront pas oubliés », a promis le maire Paul Girard sur France Valmont.", speaker: "Paul Girard",
            mention: "le maire Paul Girard", channel: "France Valmont", rule: .frenchTagAfter),
        RuleCase(
            "« On vendait surtout à des restaurants », a confié Hugo Lambert, maraîcher à Vernet, au Petit Bellerivain.",
            speaker: "Hugo Lambert", mention: "Hugo Lambert", channel: "Petit Bellerivain", rule: .frenchTagAfter),
        RuleCase(
            "« Je connais ce club », a confié Yannick Da Silva au Progrès de la Loire.", speaker: "Yannick Da Silva",
            mention: "Yannick Da Silva", channel: "Progrès de la Loire", rule: .frenchTagAfter),
        RuleCase(
            "D'après l'agence régionale de santé, « la situation est suivie de très près ».",
            speaker: "L'agence régionale de santé", mention: "l'agence régionale de santé", rule: .frenchSelon),
        RuleCase(
            "« Luc est un homme honnête », a tenu à préciser Bernard Lefèvre.", speaker: "Bernard Lefèvre",
            mention: "Bernard Lefèvre", rule: .frenchTagAfter),
        RuleCase(
            "Marie-Claire Fabre élève 80 vaches. La ministre Hélène Roussel l'a écoutée. Marie-Claire Fabre montre le foin. « Je le vends au prix de l'or », témoigne-t-elle.",
            speaker: "Marie-Claire Fabre", mention: "elle", rule: .frenchTagAfter),
    ])
    func french(_ example: RuleCase) { example.check() }

    @Test(arguments: [
        RuleCase(
            "Según el gremio de libreros, “en la provincia han cerrado once librerías en cinco años”.",
            speaker: "El gremio de libreros", mention: "el gremio de libreros", rule: .spanishSegun),
        RuleCase(
            "La escritora Sofía Lamas, que presentó aquí sus novelas, se despidió en su cuenta de X: “Gracias por tantas tardes”.",
            speaker: "Sofía Lamas", mention: "La escritora Sofía Lamas", channel: "X", rule: .spanishCueBefore),
        RuleCase(
            "El autor de los dos goles, Daniel Ortiz, recibió la ovación. «Este gol es para mi abuelo», aseguró emocionado.",
            speaker: "Daniel Ortiz", mention: "El autor de los dos goles, Daniel Ortiz", rule: .spanishDroppedSubject),
    ])
    func spanish(_ example: RuleCase) { example.check() }
}
