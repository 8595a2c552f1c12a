import Foundation
import OllamaTestServer
import Testing

@testable import OllamaKit

/// `GET /api/ps`: the capture decoded, fields missing from other servers, and scripted answers.
struct RunningModelTests {
    @Test func theCaptureDecodes() async throws {
        try await withServer { _, client in
            let models = try await client.runningModels()
            #expect(models.count == 1)
            let model = try #require(models.first)
            #expect(model.name == "gemma3:270m")
            #expect(model.model == "gemma3:270m")
            #expect(model.size == 477_798_912)
            #expect(model.sizeVRAM == 0)
            #expect(model.contextLength == 4096)
            #expect(model.expiresAt == RFC3339.parse("2026-11-24T22:14:53.837403807Z"))
            #expect(model.expiresAt != nil)
            #expect(model.details == ModelFacts(family: "gemma3", parameterSize: "268.10M", quantization: "Q4_K_M"))
        }
    }

    @Test func missingFieldsAreAbsent() throws {
        let json = try JSONValue.parse(#"{"name":"old:latest","size":12}"#)
        let model = try #require(RunningModel(json: json))
        #expect(model == RunningModel(name: "old:latest", model: "old:latest", size: 12))
        #expect(RunningModel(json: try JSONValue.parse(#"{"size":12}"#)) == nil)
    }

    @Test func theServerSendsTheCaptureByDefault() async throws {
        let server = try await OllamaTestServer.start()
        let received = try await RawHTTP.exchange(port: server.port, request: "GET /api/ps HTTP/1.1\r\nHost: x\r\n\r\n")
        try await server.shutdown()
        #expect(RawHTTP.withoutDate(received) == RawHTTP.withoutDate(try CaptureTests.expectedBytes("ps")))
    }

    @Test func scriptedModelsKeepTheCapturesShape() async throws {
        var script = ServerScript()
        script.loaded = [LoadedModel(name: "gemma3:270m")]
        let server = try await OllamaTestServer.start(script: script)
        let received = try await RawHTTP.exchange(port: server.port, request: "GET /api/ps HTTP/1.1\r\nHost: x\r\n\r\n")
        try await server.shutdown()
        let pattern = /"expires_at":"[0-9T:.Z-]+"/
        let answer = RawHTTP.withoutDate(received).replacing(pattern, with: "")
        let capture = RawHTTP.withoutDate(try CaptureTests.expectedBytes("ps")).replacing(pattern, with: "")
        #expect(answer == capture)
    }

    @Test func scriptedModelsAreListedWithTheirContext() async throws {
        var script = ServerScript(models: .custom([TestModel(name: "big:7b", size: 4_000_000_000, family: "llama")]))
        script.loaded = [LoadedModel(name: "big:7b", contextLength: 8192), LoadedModel(name: "gemma3:270m")]
        try await withServer(script) { _, client in
            let models = try await client.runningModels()
            #expect(models.map(\.name) == ["big:7b", "gemma3:270m"])
            #expect(models.map(\.contextLength) == [8192, 4096])
            #expect(models.first?.size == 4_000_000_000)
            #expect(models.first?.details.family == "llama")
            let expires = try #require(models.first?.expiresAt)
            #expect(expires > Date.now.addingTimeInterval(200) && expires < Date.now.addingTimeInterval(400))
        }
    }

    @Test func noneLoaded() async throws {
        var script = ServerScript()
        script.loaded = []
        try await withServer(script) { _, client in
            let models = try await client.runningModels()
            #expect(models == [])
        }
    }
}
