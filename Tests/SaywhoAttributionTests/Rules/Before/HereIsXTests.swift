import Testing

@testable import SaywhoAttribution

/// `RuleID.beforeHereIsX` (`Rules/Before/HereIsX.swift`): "Here's X:" and "More from X:".
@Suite struct HereIsXTests {
    @Test(arguments: [
        RuleCase("Here's Brook in 1998: “The ferry is the town.”", speaker: "Brook", mention: "Brook", rule: .beforeHereIsX),
        RuleCase(
            "More from the harbour report: “Nine boats left the quay before dawn and none came back empty.”",
            speaker: "The harbour report", mention: "the harbour report", rule: .beforeHereIsX),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
