import SaywhoCore

/// The people and speakers before a mention: the walk back that names a pronoun or a surname.
extension ListedSpeakerResolver {
    /// The latest person before `offset`, at most `within` scalars back, that passes `test`.
    func lastPerson(before offset: Int, within: Int = 4000, where test: (Person) -> Bool) -> Person? {
        // People are in text order: start at the last one before `offset`.
        var lo = 0
        var hi = people.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if people[mid].offset < offset { lo = mid + 1 } else { hi = mid }
        }
        var i = lo - 1
        var read = 0
        while i >= 0, offset - people[i].offset < within, read < Self.lookupLimit {
            if test(people[i]) { return people[i] }
            i -= 1
            read += 1
        }
        return nil
    }

    /// The latest speaker resolved within `within` scalars before `offset` that passes `test`.
    func lastSpeaker(
        before offset: Int, within: Int = 4000,
        where test: ((offset: Int, resolved: SpeakerResolver.Resolved, gender: Gender?)) -> Bool
    ) -> (offset: Int, resolved: SpeakerResolver.Resolved, gender: Gender?)? {
        var i = history.count - 1
        var read = 0
        while i >= 0, read < Self.lookupLimit {
            if offset - history[i].offset < within, test(history[i]) { return history[i] }
            i -= 1
            read += 1
        }
        return nil
    }

    /// The full name of the article whose last words are `name`, the nearest before `offset` first.
    func fullName(ending name: String, near offset: Int) -> Person? {
        let suffix = " " + name
        let fits = { (person: Person) in person.name == name || person.name.hasSuffix(suffix) }
        guard let same = byLastWord[Self.lastWord(of: name)] else { return nil }
        // The candidates share the last word: read the nearest before `offset`, a bounded few.
        var before: Person?
        var k = same.count - 1
        var read = 0
        while k >= 0, read < Self.lookupLimit {
            let person = people[same[k]]
            if person.offset < offset, fits(person) {
                before = person
                break
            }
            k -= 1
            read += 1
        }
        guard let before else { return same.prefix(Self.lookupLimit).lazy.map { people[$0] }.first(where: fits) }
        // The longest name known for that person: "Brandtner" given before "Eva Brandtner" gives way to it.
        let longest = same.prefix(Self.lookupLimit).lazy.map { people[$0] }
            .filter { $0.name.hasSuffix(" " + before.name) || $0.name == before.name }
            .max { $0.name.count < $1.name.count }
        return longest.map {
            Person(
                name: $0.name, offset: before.offset, range: $0.range, gender: $0.gender ?? before.gender,
                role: $0.role ?? before.role)
        }
    }

    /// The full name that holds `name` after its first word (`Prieto` in Ignacio Prieto Villalba),
    /// the nearest before `offset`, else the first; only where the first surname stands for the name.
    func fullName(inside name: String, near offset: Int) -> Person? {
        guard words.compoundSurnames, let key = name.split(separator: " ").first?.lowercased(),
            let same = byInnerWord[key]
        else { return nil }
        let fits = { (person: Person) in person.name.contains(" " + name + " ") }
        let candidates = same.prefix(Self.lookupLimit).map { people[$0] }.filter(fits)
        return candidates.last { $0.offset < offset } ?? candidates.first
    }

    /// "sagten sie": a verb in the plural makes `sie` they.
    func isPlural(_ local: LocalAttribution) -> Bool {
        guard let cue = local.cue, frame.isWord(local.paragraph, cue) else { return false }
        return frame.lower(local.paragraph, cue).hasSuffix("ten")
    }

    func resolvePronoun(_ wanted: Gender?, plural: Bool, at offset: Int) -> (SpeakerResolver.Resolved, Gender?) {
        if plural {
            if let last = lastSpeaker(before: offset, where: { $0.resolved.kind != .person }) { return (last.resolved, nil) }
            return (SpeakerResolver.Resolved(name: "Unidentified speaker", kind: .unnamed), nil)
        }
        // The latest person whose gender the article shows to fit, among the named and the speakers.
        let person = lastPerson(before: offset, where: { $0.gender != nil && $0.gender == wanted })
        // Where nouns are not capitalised, a person of unknown gender named just before, after every
        // speaker and every person of that gender ("Marie-Claire Fabre élève 80 vaches. « … », témoigne-t-elle").
        if !words.capitalisesNouns, let latest = lastPerson(before: offset, within: 300, where: { _ in true }),
            latest.gender == nil, latest.offset > (person?.offset ?? -1),
            latest.offset > (lastSpeaker(before: offset, where: { _ in true })?.offset ?? -1)
        {
            let full = fullName(ending: latest.name, near: offset) ?? latest
            return (SpeakerResolver.Resolved(name: full.name, kind: .person, antecedent: latest.range), wanted)
        }
        let speaker = lastSpeaker(
            before: offset, where: { $0.resolved.kind == .person && $0.gender != nil && $0.gender == wanted })
        if let person, person.offset >= (speaker?.offset ?? -1) {
            let full = fullName(ending: person.name, near: offset) ?? person
            return (SpeakerResolver.Resolved(name: full.name, kind: .person, antecedent: person.range), wanted)
        }
        if let speaker { return (speaker.resolved, wanted) }
        // Else the last speaker not of the other gender.
        if let last = lastSpeaker(
            before: offset, where: { $0.resolved.kind == .person && ($0.gender == nil || $0.gender == wanted) })
        {
            return (last.resolved, wanted)
        }
        if let named = lastPerson(before: offset, within: 1500, where: { $0.gender == nil }) {
            let full = fullName(ending: named.name, near: offset) ?? named
            return (SpeakerResolver.Resolved(name: full.name, kind: .person, antecedent: named.range), wanted)
        }
        return (SpeakerResolver.Resolved(name: "Unidentified speaker", kind: .unnamed), nil)
    }
}
