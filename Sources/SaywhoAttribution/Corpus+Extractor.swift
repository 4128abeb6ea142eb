import SaywhoCore

/// The corpus with saywho's own attribution engine, the one every command and the reader use.
extension Corpus {
    public init(articles: [Article]) { self.init(articles: articles, extractor: Extractor()) }

    public init(report: LoadReport) { self.init(report: report, extractor: Extractor()) }

    /// Loads and extracts every path (files and folders).
    public static func load(_ paths: [String]) -> Corpus { load(paths, extractor: Extractor()) }

    /// The same, leaving quotes unattributed whose speaker is less sure than `minimumConfidence`.
    public init(report: LoadReport, minimumConfidence: Double) {
        self.init(report: report, extractor: Extractor(minimumConfidence: minimumConfidence))
    }

    /// Loads and extracts every path, leaving quotes unattributed below `minimumConfidence`.
    public static func load(_ paths: [String], minimumConfidence: Double) -> Corpus {
        load(paths, extractor: Extractor(minimumConfidence: minimumConfidence))
    }
}
