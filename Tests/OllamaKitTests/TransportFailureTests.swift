import Foundation
import OllamaTestServer
import Testing

@testable import OllamaKit

/// Transport failures become reasons a user can read, never a library's description.
struct TransportFailureTests {
    static func client(_ host: String) throws -> OllamaClient {
        OllamaClient(configuration: OllamaClientConfiguration(host: try OllamaHost.parse(host), connectTimeout: 5))
    }

    @Test func aResetConnectionIsReset() async throws {
        let server = try await OllamaTestServer.start(script: ServerScript(models: .reset))
        let client = try Self.client(server.hostValue)
        let host = "http://\(server.hostValue)"
        await #expect(throws: OllamaError.notReachable(host: host, reason: .reset)) { try await client.listModels() }
        server.setScript(ServerScript(chat: .reset))
        #expect(
            await collect(client.chat(messages: hello, model: "tiny")) == [
                .failed(.notReachable(host: host, reason: .reset))
            ])
        await client.shutdown()
        try await server.shutdown()
    }

    @Test func httpsToAPlainHTTPServer() async throws {
        let server = try await OllamaTestServer.start()
        let host = "https://\(server.hostValue)"
        let client = try Self.client(host)
        await #expect(throws: OllamaError.notReachable(host: host, reason: .tlsNotSpoken)) {
            try await client.listModels()
        }
        #expect(
            await collect(client.chat(messages: hello, model: "tiny")) == [
                .failed(.notReachable(host: host, reason: .tlsNotSpoken))
            ])
        await client.shutdown()
        try await server.shutdown()
    }
}
