import Testing

@testable import SaywhoAttribution

/// `RuleID.blockQuoteAfterColon` (`Rules/Context/BlockQuoteAfterColon.swift`): a block quote after a sentence ending in a colon.
@Suite struct BlockQuoteAfterColonTests {
    @Test(arguments: [
        RuleCase(
            "Ferreira wrote:\n\n> The harbour was quiet all night and the boats stayed in.", speaker: "Ferreira",
            mention: "Ferreira", rule: .blockQuoteAfterColon),
        RuleCase(
            "The skipper told the council:\n\n> We lost three moorings and a shed to the storm.", speaker: "The skipper",
            mention: "The skipper", rule: .blockQuoteAfterColon),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
