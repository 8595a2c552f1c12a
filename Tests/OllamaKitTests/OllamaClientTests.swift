import Foundation
import OllamaTestServer
import Testing

@testable import OllamaKit

struct OllamaClientTests {
    @Test func version() async throws {
        try await withServer { _, client in
            let version = try await client.version()
            #expect(version == "0.24.0")
        }
    }

    @Test func listsTheCapturedModels() async throws {
        try await withServer { _, client in
            let models = try await client.listModels()
            #expect(models.map(\.name) == ["gemma3:270m", "tiny:latest"])
            let first = try #require(models.first)
            #expect(first.size == 253_114_013)
            #expect(first.parameterSize == "268.10M")
            #expect(first.quantization == "Q4_K_M")
            #expect(first.family == "gemma3")
            #expect(first.modifiedAt.map { Int($0.timeIntervalSince1970) } == 1_795_556_672)
            #expect(first.canChat)
        }
    }

    @Test func aNameWithoutATagMeansLatest() {
        let model = ModelSummary(name: "tiny:latest", size: 1)
        #expect(model.isNamed("tiny") && model.isNamed("tiny:latest"))
        #expect(!model.isNamed("tiny:2b") && !model.isNamed("tin"))
        #expect(!ModelSummary(name: "tiny:2b", size: 1).isNamed("tiny"))
    }

    @Test func noModels() async throws {
        try await withServer(ServerScript(models: .empty)) { _, client in
            let models = try await client.listModels()
            #expect(models.isEmpty)
        }
    }

    @Test func embeddingOnlyModelsCannotChat() async throws {
        let models = [
            TestModel(name: "nomic-embed-text:latest", size: 274_000_000, capabilities: ["embedding"]),
            TestModel(name: "gemma2:2b", size: 1_600_000_000, capabilities: ["completion", "tools"]),
        ]
        try await withServer(ServerScript(models: .custom(models))) { _, client in
            let models = try await client.listModels()
            #expect(models.map(\.canChat) == [false, true])
        }
    }

    @Test func showGivesTheContextLength() async throws {
        try await withServer { _, client in
            let details = try await client.showModel("gemma3:270m")
            #expect(details.contextLength == 32768)
            #expect(details.capabilities == ["completion"])
            await #expect(throws: OllamaError.httpStatus(code: 404, message: "model 'nope' not found")) {
                try await client.showModel("nope")
            }
        }
    }

    @Test func aServerErrorOnListingCarriesItsMessage() async throws {
        try await withServer(ServerScript(models: .failure(status: 500, body: "{\"error\":\"disk full\"}"))) {
            _, client in
            await #expect(throws: OllamaError.httpStatus(code: 500, message: "disk full")) {
                try await client.listModels()
            }
        }
    }

    @Test func aRefusedConnectionIsReportedAtOnce() async throws {
        let port = try OllamaTestServer.unusedPort()
        let client = OllamaClient(
            configuration: OllamaClientConfiguration(
                host: try OllamaHost.parse("127.0.0.1:\(port)"), connectTimeout: 30))
        let start = ContinuousClock.now
        await #expect(throws: OllamaError.notReachable(host: "http://127.0.0.1:\(port)", reason: .refused)) {
            try await client.listModels()
        }
        // Far below the 30 s connect timeout: connection attempts are not retried (a retry loop
        // would take the whole timeout; half of it leaves room for a loaded machine).
        #expect(ContinuousClock.now - start < .seconds(15))
        let chunks = await collect(client.chat(messages: hello, model: "tiny"))
        #expect(chunks == [.failed(.notReachable(host: "http://127.0.0.1:\(port)", reason: .refused))])
        await client.shutdown()
    }

    @Test func anUnknownHostIsANameResolutionFailure() async throws {
        let client = OllamaClient(
            configuration: OllamaClientConfiguration(host: try OllamaHost.parse("no-such-host.invalid")))
        await #expect(
            throws: OllamaError.notReachable(host: "http://no-such-host.invalid:11434", reason: .nameResolution)
        ) {
            try await client.listModels()
        }
        await client.shutdown()
    }

    @Test func sendsTheBearerToken() async throws {
        try await withServer(apiKey: "s3cret") { server, client in
            _ = try await client.listModels()
            #expect(server.requests.last?.header("Authorization") == "Bearer s3cret")
        }
        try await withServer { server, client in
            _ = try await client.listModels()
            #expect(server.requests.last?.header("Authorization") == nil)
        }
    }
}
