/// One screen row of wrapped text: the slice of the text it shows.
public struct WrappedRow: Hashable, Sendable {
    /// Where the row starts in the text.
    public var start: String.Index
    /// Where the row ends in the text (its trailing spaces and newline included).
    public var end: String.Index
    /// The Unicode scalar offsets of the text the row covers.
    public var scalars: Range<Int>
    /// Whether the row is the blank spacer between two paragraphs.
    public var isSpacer: Bool
}
