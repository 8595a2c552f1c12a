import Foundation
import OllamaTestServer
import Testing

/// The test server answers what Ollama's Go server answers to paths it does not serve and to
/// bytes that are not HTTP.
struct TestServerFaultTests {
    @Test(arguments: ["GET /prefix/api/tags", "POST /prefix/api/chat"])
    func unknownPathsGetThePlainText404ByteForByte(_ requestLine: String) async throws {
        let server = try await OllamaTestServer.start()
        let received = try await RawHTTP.exchange(
            port: server.port, request: "\(requestLine) HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        try await server.shutdown()
        #expect(RawHTTP.withoutDate(received) == RawHTTP.withoutDate(try CaptureTests.expectedBytes("notfound")))
    }

    @Test func bytesThatAreNotHTTPGetGosBadRequest() async throws {
        let server = try await OllamaTestServer.start()
        let received = try await RawHTTP.exchange(
            port: server.port, request: "\u{16}\u{03}\u{01}\u{00}\u{05}hello\r\n\r\n")
        try await server.shutdown()
        #expect(
            String(decoding: received, as: UTF8.self)
                == "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n400 Bad Request"
        )
    }
}
