// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "saywho",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "saywho", targets: ["saywho"]),
        .library(name: "SaywhoCore", targets: ["SaywhoCore"]),
        .library(name: "SaywhoAttribution", targets: ["SaywhoAttribution"]),
    ],
    dependencies: [
        // The command line: subcommands, options, usage errors with exit 64.
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML front matter of Markdown articles.
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // Theme and config files.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // The persistent index: SQLite with WAL (many readers, one writer) and FTS5 for search.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
        ),
        .target(
            name: "SaywhoCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The attribution engine: quote scanning, rules, resolution; its word lists are
        // embedded in the binary, so start-up reads no files.
        .target(
            name: "SaywhoAttribution",
            dependencies: ["SaywhoCore"],
            resources: [.embedInCode("Resources/lexicon")]
        ),
        // The persistent index of a corpus in the user's cache: files, articles, quotes,
        // speakers and full-text search, refreshed for changed files only.
        .target(
            name: "SaywhoIndex",
            dependencies: ["SaywhoCore", "SaywhoAttribution", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "SaywhoUI",
            dependencies: ["SaywhoCore", .product(name: "TOMLKit", package: "TOMLKit")],
            // Every theme in Themes/ (linked from Resources/Themes), compiled in so a copied binary has them all.
            resources: [.embedInCode("Resources/Themes")]
        ),
        .target(
            name: "SaywhoCurses",
            dependencies: ["CNCursesW", "SaywhoUI"]
        ),
        .executableTarget(
            name: "saywho",
            dependencies: [
                "SaywhoCore", "SaywhoAttribution", "SaywhoIndex", "SaywhoUI", "SaywhoCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Prints the reader's cost per keypress on a large article (see docs/benchmarks.md).
        .executableTarget(
            name: "saywho-bench",
            dependencies: ["SaywhoCore", "SaywhoAttribution", "SaywhoUI"]
        ),
        .target(
            name: "SaywhoTestSupport",
            dependencies: ["SaywhoCore", "SaywhoAttribution", "SaywhoUI"],
            path: "Tests/SaywhoTestSupport"
        ),
        .testTarget(name: "SaywhoCoreTests", dependencies: ["SaywhoCore", "SaywhoTestSupport"]),
        .testTarget(name: "SaywhoIndexTests", dependencies: ["SaywhoIndex", "SaywhoTestSupport"]),
        .testTarget(name: "SaywhoAttributionTests", dependencies: ["SaywhoAttribution", "SaywhoTestSupport"]),
        .testTarget(
            name: "SaywhoUITests", dependencies: ["SaywhoUI", "SaywhoAttribution", "SaywhoTestSupport"],
            exclude: ["Panes/Snapshots"]),
        .testTarget(name: "SaywhoCursesTests", dependencies: ["SaywhoCurses", "CNCursesW", "SaywhoTestSupport"]),
        .testTarget(name: "SaywhoEndToEndTests", dependencies: ["SaywhoTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
