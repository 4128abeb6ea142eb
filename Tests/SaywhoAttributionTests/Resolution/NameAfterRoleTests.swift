import SaywhoAttribution
import SaywhoCore
import SaywhoTestSupport
import Testing

/// A capitalised run that holds an organisation and a role before a person names the person:
/// the name follows the last title or role word. Sentences written for the project.
@Suite struct NameAfterRoleTests {
    static let cases: [ResolutionCase] = [
        ResolutionCase(
            "Harbour Trust Chair Idris Pell said the quay was “sound for another century.” “We checked every pile,” Pell said.",
            speaker: "Idris Pell"),
        ResolutionCase(
            "Calder Ropeworks CEO Mina Sorel toured the new loft on Friday.\n\n“We have never had so many orders,” she said.",
            speaker: "Mina Sorel"),
    ]

    @Test(arguments: cases)
    func speakerIsThePersonAfterTheRole(_ c: ResolutionCase) {
        let rows = quoteRows(c.text)
        #expect(rows.last?.speaker == c.speaker, "\(rows)")
    }
}
