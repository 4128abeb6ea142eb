import Testing

@testable import SaywhoAttribution

/// `RuleID.japaneseTopicParticle` (`Rules/Japanese/TopicParticle.swift`): the speaker before は or が, then 「…」と述べた.
@Suite struct TopicParticleTests {
    @Test(arguments: [
        RuleCase("大川市長は「港は来月再開する」と述べた。", speaker: "大川市長", mention: "大川市長", rule: .japaneseTopicParticle),
        RuleCase("石井健二さん（72）は「船は明日出る」と話した。", speaker: "石井健二", mention: "石井健二", rule: .japaneseTopicParticle),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}
