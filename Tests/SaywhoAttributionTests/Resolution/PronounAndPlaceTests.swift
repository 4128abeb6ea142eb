import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// Pronouns to the nearest fitting person when the first name tells no gender, never to a place;
/// a definite description to the organisation the article named (`SpeakerResolver`).
@Suite struct PronounAndPlaceTests {
    @Test(arguments: [
        // A newly introduced person whose first name the table does not know, not the previous speaker.
        RuleCase(
            "“The fog lifted at noon,” said Peter Lang. The skipper, Tormod Brack, brought the boat in. “We lost an hour,” he said.",
            quote: 1, speaker: "Tormod Brack", mention: "he", rule: .afterSpeakerThenCue),
        RuleCase(
            "“The fog lifted at noon,” said Peter Lang. His deputy, Eilidh Sorensen, disagreed. “It never lifted,” she said.",
            quote: 1, speaker: "Eilidh Sorensen", mention: "she", rule: .afterSpeakerThenCue),
        // A person of the other gender is never taken, whatever stands nearer.
        RuleCase(
            "Mayor Anna Berg met the crews. Her deputy, John Hale, stayed on the quay. “The crossing was calm,” she said.",
            speaker: "Anna Berg", mention: "she", rule: .afterSpeakerThenCue),
        // A place named like a person is nobody a pronoun points to.
        RuleCase(
            "Anna Berg spoke first. The ferry left from Port Calder on time. “The crossing was calm,” she said.",
            speaker: "Anna Berg", mention: "she", rule: .afterSpeakerThenCue),
        // "the council" after the council's full name.
        RuleCase(
            "The Skerrin Islands Council said the cut would hurt islanders. “Nurses depend on the late sailing,” the council said.",
            speaker: "The Skerrin Islands Council", mention: "the council", rule: .afterSpeakerThenCue),
    ])
    func resolves(_ example: RuleCase) { example.check() }
}

/// Particles inside a name (`SpeakerResolver.particleWidth`): a later mention by surname finds the full name.
@Suite struct NameParticleTests {
    @Test(arguments: [
        ("Pieter van der Berg opened the fair. “The halls were full by nine,” van der Berg said.", "Pieter van der Berg"),
        ("Marisol de la Cruz makes tiles in Valdemora. “We ship to thirty countries,” de la Cruz said.", "Marisol de la Cruz"),
        ("Khalid bin Rashed leads the delegation. “We are here to sign,” he said.", "Khalid bin Rashed"),
    ])
    func surnamesFindTheFullName(_ text: String, _ speaker: String) {
        #expect(quoteRows(text).map(\.speaker) == [speaker])
    }
}

/// `SpeakerResolver.appositiveName`: a description cut short at a role word, with the name in commas after it.
@Suite struct AppositiveNameTests {
    @Test(arguments: [
        RuleCase(
            "“The quay reopens in May,” said the harbour board’s chief engineer, Wenna Hosking, on Monday.",
            speaker: "Wenna Hosking", mention: "the harbour board’s chief", rule: .afterCueThenSpeaker),
        // A description with no name after it stays as it is.
        RuleCase(
            "“The quay reopens in May,” said the harbour board’s chief engineer on Monday.",
            speaker: "The harbour board’s chief", mention: "the harbour board’s chief", rule: .afterCueThenSpeaker),
    ])
    func namesThePerson(_ example: RuleCase) { example.check() }
}
