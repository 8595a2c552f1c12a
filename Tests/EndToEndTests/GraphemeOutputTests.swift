import Foundation
import OllamaTestServer
import Testing

/// Grapheme clusters of any length reach the terminal whole, read in the bytes the app wrote.
@Suite(.serialized)
struct GraphemeOutputTests {
    static let clusters = ["👨‍👩‍👧‍👦", "🏳️‍🌈", "👍🏽", "🧑🏿‍💻", "❤️", "🇯🇵", "e\u{301}\u{302}\u{303}\u{304}\u{305}"]

    /// The pane's output recorded in a fresh file.
    static func recording(_ session: TmuxSession) -> String {
        let path = NSTemporaryDirectory() + "pane-output-\(UUID().uuidString).bin"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        session.recordOutput(to: path)
        return path
    }

    static func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map(Array.init) ?? []
    }

    static func missing(in path: String) -> [String] {
        let written = bytes(path)
        return clusters.filter { cluster in
            let needle = Array(cluster.utf8)
            return written.count < needle.count
                || !(0...(written.count - needle.count)).contains {
                    written[$0..<($0 + needle.count)].elementsEqual(needle)
                }
        }
    }

    /// Waits until every cluster was written (the pipe lags the screen a little).
    static func waitForClusters(in path: String) async -> [String] {
        let deadline = ContinuousClock.now + .seconds(10)
        while ContinuousClock.now < deadline, !missing(in: path).isEmpty {
            try? await Task.sleep(for: .milliseconds(50))
        }
        return missing(in: path)
    }

    @Test func anAnswersClustersAreWrittenWhole() async throws {
        let answer = "Start " + Self.clusters.joined(separator: " ") + " end."
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .scripted(ChatScript(text: answer))))
        let session = try TmuxSession(environment: ["OLLAMA_HOST": server.hostValue])
        let path = Self.recording(session)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(await session.waitFor("tiny:latest (253MB)"))
        session.press("Down", "Enter")
        #expect(await session.waitFor("✅ Connected to tiny:latest"))
        session.type("Show me emoji")
        session.press("Enter")
        #expect(await session.waitFor("end."))
        #expect(await session.waitFor("chars • 📊"))
        #expect(await Self.waitForClusters(in: path) == [])
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))
        try await server.shutdown()
    }

    @Test func typedClustersAreWrittenWhole() async throws {
        let server = try await OllamaTestServer.start()
        let session = try TmuxSession(environment: ["OLLAMA_HOST": server.hostValue])
        #expect(await session.waitFor("tiny:latest (253MB)"))
        session.press("Down", "Enter")
        #expect(await session.waitFor("✅ Connected to tiny:latest"))
        let path = Self.recording(session)
        defer { try? FileManager.default.removeItem(atPath: path) }
        session.type("typed " + Self.clusters.joined(separator: " ") + " done")
        #expect(await session.waitFor("done"))
        #expect(await Self.waitForClusters(in: path) == [])
        session.press("F10")
        #expect(await session.waitFor("__EXITED__ 0"))
        try await server.shutdown()
    }
}
