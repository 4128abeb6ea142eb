extension Extractor {
    /// The extractor's version: what the index records beside each article's quotes, so that
    /// an index built by another version is refreshed, article by article.
    ///
    /// Any change to the rules, the word lists or the way articles are read changes what is
    /// extracted, so `ExtractorVersionTests` keeps a fingerprint of those sources: when it
    /// fails, raise `revision` by one and record the fingerprint the test prints.
    public static var version: String { "\(revision)" }

    /// Raised by one with every change to what extraction gives.
    static let revision = 5

    /// FNV-1a (64 bits) of the sources that decide what extraction gives: every file under
    /// Sources/SaywhoAttribution but this one, and Sources/SaywhoCore/Formats and Model.
    static let sourceFingerprint = "003ab3934232ed4e"
}
