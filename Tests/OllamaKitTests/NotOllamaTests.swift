import Foundation
import OllamaTestServer
import Testing

@testable import OllamaKit

/// A server that answers, but not as Ollama: a plain-text 404 (a wrong path prefix) or a model
/// list in another shape. Only Ollama's own JSON 404 means a missing model.
struct NotOllamaTests {
    @Test func aWrongPrefixIsNotOllama() async throws {
        let server = try await OllamaTestServer.start()
        let base = "http://\(server.hostValue)/prefix"
        let client = OllamaClient(configuration: OllamaClientConfiguration(host: try OllamaHost.parse(base)))
        await #expect(
            throws: OllamaError.notOllama(url: base + "/api/tags", status: 404, excerpt: "404 page not found")
        ) {
            try await client.listModels()
        }
        let chunks = await collect(client.chat(messages: hello, model: "tiny"))
        #expect(chunks == [.failed(.notOllama(url: base + "/api/chat", status: 404, excerpt: "404 page not found"))])
        await client.shutdown()
        try await server.shutdown()
    }

    @Test func onlyOllamasJSON404MeansAMissingModel() {
        #expect(OllamaError.httpStatus(code: 404, message: "model 'nope:latest' not found").isModelNotFound)
        #expect(!OllamaError.httpStatus(code: 404, message: "404 page not found").isModelNotFound)
        #expect(
            !OllamaError.notOllama(url: "http://h/api/tags", status: 404, excerpt: "404 page not found").isModelNotFound
        )
    }

    @Test func aModelListInAnotherShapeIsNotOllama() async throws {
        let body = "<html>\n<body>Welcome</body>\n</html>"
        try await withServer(ServerScript(models: .failure(status: 200, body: body))) { server, client in
            await #expect(
                throws: OllamaError.notOllama(
                    url: "http://\(server.hostValue)/api/tags", status: 200,
                    excerpt: "<html> <body>Welcome</body> </html>")
            ) {
                try await client.listModels()
            }
        }
    }
}
