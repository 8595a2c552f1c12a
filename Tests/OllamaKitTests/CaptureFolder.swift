import Foundation

/// The capture files in the source tree, for tests that read files the server does not serve
/// (the host table) or check the compiled-in copies.
enum CaptureFolder {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/OllamaTestServer/Captures")
}
