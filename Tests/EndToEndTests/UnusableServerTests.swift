import Foundation
import OllamaTestServer
import Testing

/// The built executable against servers that answer but cannot be used: each is said in words,
/// with the URL or host tried, and exits 3.
@Suite(.serialized)
struct UnusableServerTests {
    @Test func aResetConnectionIsSaidInWords() async throws {
        let server = try await OllamaTestServer.start(script: ServerScript(models: .reset))
        let listing = try await ProcessRunner.run(["--list-models"], environment: ["OLLAMA_HOST": server.hostValue])
        server.setScript(ServerScript(chat: .reset))
        let answer = try await ProcessRunner.run(["-m", "tiny", "Hi"], environment: ["OLLAMA_HOST": server.hostValue])
        try await server.shutdown()
        for result in [listing, answer] {
            #expect(result.status == 3)
            #expect(result.stderr == "❌ Cannot connect to Ollama\n(http://\(server.hostValue): the server reset the connection)\n")
        }
    }

    @Test func httpsAgainstAPlainHTTPServer() async throws {
        let server = try await OllamaTestServer.start()
        let host = "https://\(server.hostValue)"
        let result = try await ProcessRunner.run(["--list-models"], environment: ["OLLAMA_HOST": host])
        try await server.shutdown()
        #expect(result.status == 3)
        #expect(result.stderr == "❌ Cannot connect to Ollama\n(\(host): the server does not speak TLS: try http://)\n")
    }
}
