import Foundation
import OllamaTestServer
import Testing

/// `ChatReply.paced`: a captured stream replayed byte for byte at its captured pace, and the
/// demo script that uses it (one captured answer per model).
struct PacedReplayTests {
    static func chat(_ model: String) -> String {
        CaptureTests.post("/api/chat", #"{"model":"\#(model)","messages":[{"role":"user","content":"hi"}]}"#)
    }

    /// Seconds from the first `created_at` to the last, in the bytes the capture replays.
    static func capturedSpan(_ name: String) throws -> Double {
        let capture = try #require(CaptureLibrary.load(name))
        let times = String(decoding: capture.raw ?? capture.body, as: UTF8.self).split(separator: "\n").compactMap {
            line -> Double? in
            guard let range = line.range(of: #"T\d\d:\d\d:[\d.]+Z"#, options: .regularExpression) else { return nil }
            let parts = line[range].dropFirst().dropLast().split(separator: ":").compactMap { Double($0) }
            return parts.count == 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : nil
        }
        return try #require(times.last) - (try #require(times.first))
    }

    @Test func aPacedCaptureIsTheCaptureByteForByteAtItsPace() async throws {
        let server = try await OllamaTestServer.start(script: ServerScript(chat: .paced("chat-multiturn")))
        let started = ContinuousClock.now
        let received = try await RawHTTP.exchange(port: server.port, request: Self.chat("tiny"))
        let elapsed = ContinuousClock.now - started
        try await server.shutdown()
        #expect(RawHTTP.withoutDate(received) == RawHTTP.withoutDate(try CaptureTests.expectedBytes("chat-multiturn")))
        let span = try Self.capturedSpan("chat-multiturn")
        #expect(span > 0.1)
        #expect(elapsed >= .seconds(span * 0.9), "\(elapsed) for a capture that spans \(span) s")
    }

    @Test func theDemoAnswersEachModelWithItsOwnCapture() async throws {
        let server = try await OllamaTestServer.start(script: .demo)
        let tiny = try await RawHTTP.exchange(port: server.port, request: Self.chat("tiny"))
        let gemma = try await RawHTTP.exchange(port: server.port, request: Self.chat("gemma3:270m"))
        let tags = try await RawHTTP.exchange(port: server.port, request: "GET /api/tags HTTP/1.1\r\nHost: x\r\n\r\n")
        try await server.shutdown()
        #expect(RawHTTP.withoutDate(tiny) == RawHTTP.withoutDate(try CaptureTests.expectedBytes("chat-multiturn")))
        let long = try #require(CaptureLibrary.load("chat-long"))
        let lines = long.body.split(separator: 0x0A)
        let gemmaText = String(decoding: gemma, as: UTF8.self)
        #expect(lines.count == 201)
        #expect(lines.allSatisfy { gemmaText.contains(String(decoding: $0, as: UTF8.self)) }, "every line of chat-long")
        #expect(gemmaText.hasSuffix("\r\n0\r\n\r\n"))
        #expect(RawHTTP.withoutDate(tags) == RawHTTP.withoutDate(try CaptureTests.expectedBytes("tags")))
    }
}
