import SaywhoTestSupport
import Testing

@testable import SaywhoAttribution

/// `RuleID.japaneseTopicParticle` (`Rules/Japanese/TopicParticle.swift`): the speaker before は or が, then 「…」と述べた;
/// the resolver (`JapaneseNames`) drops honorifics and titles and links a surname to the full name.
@Suite struct TopicParticleTests {
    @Test(arguments: [
        RuleCase("大川市長は「港は来月再開する」と述べた。", speaker: "大川", mention: "大川市長", rule: .japaneseTopicParticle),
        RuleCase(
            "石井健二さん（72）は「船は明日出る」と話した。", speaker: "石井健二", mention: "石井健二さん", rule: .japaneseTopicParticle),
        RuleCase(
            "北浜市の高橋美咲市長は計画を発表した。高橋市長は「駅前に図書館があれば便利になる」と述べた。", speaker: "高橋美咲",
            mention: "高橋市長", rule: .japaneseTopicParticle),
        RuleCase(
            "無職の田中翔太容疑者（24）を逮捕した。田中容疑者は「頼まれただけで知らなかった」と容疑を否認している。",
            speaker: "田中翔太", mention: "田中容疑者", rule: .japaneseTopicParticle),
        RuleCase(
            "新工場の工場長に就く伊藤さくら氏は「和菓子づくりの楽しさを伝えたい」と語った。", speaker: "伊藤さくら",
            mention: "工場長に就く伊藤さくら氏", rule: .japaneseTopicParticle),
        RuleCase(
            "記者会見で、渡辺一郎社長（58）は「雇用で恩返しをしたい」と述べた。渡辺社長は「技術を引き継ぎたい」とも強調した。",
            quote: -1, speaker: "渡辺一郎", mention: "渡辺社長", channel: "記者会見", rule: .japaneseTopicParticle),
        RuleCase(
            "同じ大会で競い合ってきた清水真由美さん（36）はインスタグラムで「本当にお疲れさま」とねぎらった。",
            speaker: "清水真由美", mention: "同じ大会で競い合ってきた清水真由美さん", channel: "インスタグラム",
            rule: .japaneseTopicParticle),
        RuleCase(
            "運行する北信交通は「運転手不足で路線を維持できなくなった」と説明している。", speaker: "北信交通", mention: "運行する北信交通",
            rule: .japaneseTopicParticle),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }

    @Test func aQuotedNameIsNoStatement() {
        let rows = quoteRows("利用者団体「北浜本の会」の代表、岡本恵子さん（72）は「駐車場が少なくて心配だ」と話した。")
        #expect(rows.map(\.speaker) == ["岡本恵子"])
    }
}

/// `RuleID.japanesePreviousSentence`: a quote with a cue and no subject takes the person the sentence before names.
@Suite struct JapanesePreviousSentenceTests {
    @Test(arguments: [
        RuleCase(
            "橋のたもとで店を営む石井健二さん（72）。「また工事かというのが正直な気持ちだ」と話した。", speaker: "石井健二",
            mention: "たもとで店を営む石井健二さん", rule: .japanesePreviousSentence),
        RuleCase(
            "大川明子市長は会見を開いた。「安全を何よりも優先しなければならない」と述べた。", speaker: "大川明子",
            mention: "大川明子市長", channel: "会見", rule: .japanesePreviousSentence),
    ])
    func namesTheSpeaker(_ example: RuleCase) { example.check() }
}

/// `JapaneseChannels`: the outlet of an interview, a platform, a press conference, carried from the sentence that sets the scene.
@Suite struct JapaneseChannelTests {
    @Test(arguments: [
        RuleCase(
            "中村議員は自身のXに「比較すべきだ、と何度も言っている」と投稿した。", speaker: "中村", mention: "中村議員", channel: "X",
            rule: .japaneseTopicParticle),
        RuleCase(
            "北信交通の担当者は、信越タイムズの取材に「大変申し訳なく思っている」と語った。", speaker: "担当者", mention: "担当者",
            channel: "信越タイムズ", rule: .japaneseTopicParticle),
        RuleCase(
            "青木首相は記者団に「全力を尽くす、と約束する」と述べた。", speaker: "青木", mention: "青木首相", channel: "記者団",
            rule: .japaneseTopicParticle),
        RuleCase(
            "南山市の松本隆市長は「大変ありがたいことだと思う」とのコメントを出した。", speaker: "松本隆", mention: "松本隆市長",
            channel: "コメント", rule: .japaneseTopicParticle),
        RuleCase(
            "北浜市の高橋美咲市長は定例記者会見で計画を発表した。開館は来年度の予定。\n\n高橋市長は「気軽に立ち寄ってもらえる」と述べた。",
            speaker: "高橋美咲", mention: "高橋市長", channel: "記者会見", rule: .japaneseTopicParticle),
        // Her second quote, with no "also": the platform of the first is not carried.
        RuleCase(
            "清水真由美さんはインスタグラムで「本当にお疲れさま」とねぎらった。清水さんは「背中をずっと追いかけてきた」と話した。",
            quote: -1, speaker: "清水真由美", mention: "清水さん", channel: nil, rule: .japaneseTopicParticle),
    ])
    func findsTheChannel(_ example: RuleCase) { example.check() }
}
