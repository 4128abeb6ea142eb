// The theme files are compiled in by the package's `.embedInCode` resource rule
// (Resources/Themes links to the top-level Themes/ folder), so saywho has every
// shipped theme wherever its binary is copied; no file is read to get them.

/// Themes compiled into the binary: every file of `Themes/`, byte for byte.
enum BuiltinThemes {
    /// The bytes of each theme file, by theme name.
    ///
    /// A file added to `Themes/` is embedded by the build but needs its line here;
    /// a test checks that this list and the folder hold the same themes.
    static let files: [String: [UInt8]] = [
        "default": PackageResources.default_toml,
        "high-contrast": PackageResources.high_contrast_toml,
        "light": PackageResources.light_toml,
        "mono": PackageResources.mono_toml,
    ]

    /// The names of the built-in themes, sorted.
    static var names: [String] { files.keys.sorted() }

    /// The compiled-in TOML text of a theme, by name.
    static func text(named name: String) -> String? {
        files[name].map { String(decoding: $0, as: UTF8.self) }
    }
}
