extension Sanitizer {
    /// JSON text with every unsafe scalar outside ASCII (DEL, C1 controls, the line and paragraph
    /// separators, bidirectional overrides…) written as a `\uXXXX` escape.
    ///
    /// Such scalars can stand only inside JSON strings, where the escape means the same
    /// character, so the JSON reads back the same; a terminal or a JavaScript parser that
    /// takes U+2028 for a line break never sees one. Encoders already escape C0 controls.
    public static func escapingJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && isUnsafe($0) }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F && isUnsafe(scalar) {
                out.append(contentsOf: jsonEscape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `\uXXXX` for a scalar of the Basic Multilingual Plane (every unsafe scalar is one).
    static func jsonEscape(_ scalar: Unicode.Scalar) -> String {
        "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
    }
}
