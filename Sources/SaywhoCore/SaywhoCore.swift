/// The version of the extraction engine; cached results are keyed by it.
public enum SaywhoCore {
    public static let extractorVersion = 1
}
