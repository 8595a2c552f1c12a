import OllamaKit
import OllamaTestServer

/// Runs `body` with a fresh test server and a client pointed at it, then shuts both down.
func withServer(
    _ script: ServerScript = ServerScript(),
    apiKey: String? = nil,
    idleTimeout: Double = 30,
    _ body: (OllamaTestServer, OllamaClient) async throws -> Void
) async throws {
    let server = try await OllamaTestServer.start(script: script)
    let host = try OllamaHost.parse(server.hostValue)
    let client = OllamaClient(
        configuration: OllamaClientConfiguration(host: host, apiKey: apiKey, idleTimeout: idleTimeout))
    do {
        try await body(server, client)
        await client.shutdown()
        try await server.shutdown()
    } catch {
        await client.shutdown()
        try await server.shutdown()
        throw error
    }
}

/// Every chunk of a chat, in order.
func collect(_ stream: AsyncStream<ChatChunk>) async -> [ChatChunk] {
    var chunks: [ChatChunk] = []
    for await chunk in stream { chunks.append(chunk) }
    return chunks
}

extension [ChatChunk] {
    /// The answer's text: every content delta joined.
    var text: String {
        compactMap { if case .content(let text) = $0 { text } else { nil } }.joined()
    }

    var contentCount: Int {
        filter { if case .content = $0 { true } else { false } }.count
    }
}

let hello = [ChatMessage(role: .user, content: "Hello")]
