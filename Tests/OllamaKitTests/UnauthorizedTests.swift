import Foundation
import OllamaTestServer
import Testing

@testable import OllamaKit

/// An HTTP 401 is its own error, saying whether OLLAMA_API_KEY was sent.
struct UnauthorizedTests {
    @Test func a401SaysWhetherAKeyWasSent() async throws {
        let unauthorized = "{\"error\":\"unauthorized\"}"
        let server = try await OllamaTestServer.start(
            script: ServerScript(models: .failure(status: 401, body: unauthorized)))
        let base = "http://\(server.hostValue)"
        let withoutKey = OllamaClient(configuration: OllamaClientConfiguration(host: try OllamaHost.parse(base)))
        let withKey = OllamaClient(
            configuration: OllamaClientConfiguration(host: try OllamaHost.parse(base), apiKey: "k"))
        await #expect(throws: OllamaError.unauthorized(url: base + "/api/tags", keySent: false)) {
            try await withoutKey.listModels()
        }
        await #expect(throws: OllamaError.unauthorized(url: base + "/api/tags", keySent: true)) {
            try await withKey.listModels()
        }
        server.setScript(ServerScript(chat: .status(401, body: unauthorized)))
        #expect(
            await collect(withoutKey.chat(messages: hello, model: "tiny")) == [
                .failed(.unauthorized(url: base + "/api/chat", keySent: false))
            ])
        await withoutKey.shutdown()
        await withKey.shutdown()
        try await server.shutdown()
    }
}
