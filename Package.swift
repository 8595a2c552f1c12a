// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ollama-tui",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ollama-tui", targets: ["ollama-tui"]),
        .executable(name: "ollama-tui-bench", targets: ["ollama-tui-bench"]),
        .executable(name: "ollama-test-server", targets: ["ollama-test-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "OllamaKit",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "ChatCore",
            dependencies: ["OllamaKit", .product(name: "NIOConcurrencyHelpers", package: "swift-nio")]
        ),
        .target(name: "ChatConfig", dependencies: ["OllamaKit", "ChatCore"]),
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(name: "ChatStore", dependencies: ["OllamaKit", "ChatCore", "CSQLite"]),
        .target(name: "TerminalUI", dependencies: ["OllamaKit", "ChatCore", "CNcursesw", "CCmarkGFM"]),
        .target(
            name: "OllamaTestServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            exclude: ["Captures"]
        ),
        .executableTarget(
            name: "ollama-tui",
            dependencies: [
                "OllamaKit",
                "ChatCore",
                "TerminalUI",
                "ChatStore",
                "ChatConfig",
                "OllamaTestServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ollama-test-server",
            dependencies: [
                "OllamaTestServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ollama-tui-bench",
            dependencies: [
                "OllamaKit", "ChatCore", "ChatStore", "TerminalUI", "OllamaTestServer",
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "OllamaKitTests", dependencies: ["OllamaKit", "OllamaTestServer"]),
        .testTarget(
            name: "ChatCoreTests",
            dependencies: ["OllamaKit", "ChatCore", .product(name: "NIOConcurrencyHelpers", package: "swift-nio")]),
        .testTarget(name: "ChatConfigTests", dependencies: ["OllamaKit", "ChatCore", "ChatConfig"]),
        .testTarget(
            name: "ChatStoreTests",
            dependencies: [
                "OllamaKit", "ChatCore", "ChatStore", "CSQLite",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["OllamaKit", "ChatCore", "TerminalUI", "CNcursesw"]),
        .testTarget(name: "EndToEndTests", dependencies: ["OllamaTestServer"]),
    ],
    swiftLanguageModes: [.v6]
)
