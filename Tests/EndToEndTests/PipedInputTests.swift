import Foundation
import OllamaTestServer
import Testing

/// Text piped in with a prompt is sent too: the piped text, a space, the prompt (`ollama run`'s join).
@Suite(.serialized)
struct PipedInputTests {
    @Test func pipedTextComesBeforeThePrompt() async throws {
        let server = try await OllamaTestServer.start()
        let result = try await ProcessRunner.run(
            ["-m", "tiny", "Summarize", "this"], environment: ["OLLAMA_HOST": server.hostValue], stdin: "Some text.\n")
        try await server.shutdown()
        #expect(result.status == 0)
        let body = try #require(server.requests.last { $0.path == "/api/chat" }).bodyText
        #expect(body.contains("\"content\":\"Some text.\\n Summarize this\""), "\(body)")
    }
}
