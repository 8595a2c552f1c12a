import OllamaTestServer
import Testing

@testable import OllamaKit

/// `DELETE /api/delete`: the model leaves the list; an unknown one is Ollama's 404.
struct DeleteModelTests {
    @Test func aDeletedModelIsNoLongerListed() async throws {
        try await withServer { server, client in
            try await client.deleteModel("tiny")
            let names = try await client.listModels().map(\.name)
            #expect(names == ["gemma3:270m"])
            let request = try #require(server.requests.last { $0.path == "/api/delete" })
            #expect(request.method == "DELETE")
            #expect(request.bodyText == #"{"model":"tiny"}"#)
        }
    }

    @Test func anUnknownModelIsNotFound() async throws {
        try await withServer { _, client in
            let error = await #expect(throws: OllamaError.self) { try await client.deleteModel("nope") }
            #expect(error == .httpStatus(code: 404, message: "model 'nope' not found"))
            #expect(error?.isModelNotFound == true)
        }
    }

    @Test func deletingTwiceFindsNothingTheSecondTime() async throws {
        try await withServer { _, client in
            try await client.deleteModel("gemma3:270m")
            let error = await #expect(throws: OllamaError.self) { try await client.deleteModel("gemma3:270m") }
            #expect(error?.isModelNotFound == true)
        }
    }

    @Test func aDeleteWithoutABodyIsABadRequest() async throws {
        let server = try await OllamaTestServer.start()
        let received = try await RawHTTP.exchange(
            port: server.port, request: "DELETE /api/delete HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        try await server.shutdown()
        #expect(RawHTTP.withoutDate(received).hasSuffix(#"{"error":"missing request body"}"#))
        #expect(RawHTTP.withoutDate(received).hasPrefix("HTTP/1.1 400 Bad Request\r\n"))
    }

    @Test func theServerAnswersWithAnEmptyBody() async throws {
        let server = try await OllamaTestServer.start()
        let body = #"{"model":"tiny"}"#
        let request =
            "DELETE /api/delete HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
        let received = try await RawHTTP.exchange(port: server.port, request: request)
        try await server.shutdown()
        #expect(RawHTTP.withoutDate(received) == "HTTP/1.1 200 OK\r\nDate: *\r\nContent-Length: 0\r\n\r\n")
    }
}
