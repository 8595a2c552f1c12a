import Foundation
import OllamaTestServer
import Testing

@testable import OllamaKit

/// The real captures in `ollama-wire`: the server replays them byte for byte, its own answers
/// match them, and the client decodes each.
struct CaptureTests {
    /// Captures, with the request and server script that make the server give them.
    static let replays: [(capture: String, request: String, models: ModelList, chat: ChatReply?)] = [
        ("root", "GET / HTTP/1.1\r\nHost: x\r\n\r\n", .captured, nil),
        ("version", "GET /api/version HTTP/1.1\r\nHost: x\r\n\r\n", .captured, nil),
        ("tags", "GET /api/tags HTTP/1.1\r\nHost: x\r\n\r\n", .captured, nil),
        ("tags-empty", "GET /api/tags HTTP/1.1\r\nHost: x\r\n\r\n", .empty, nil),
        ("ps", "GET /api/ps HTTP/1.1\r\nHost: x\r\n\r\n", .captured, nil),
        ("notfound", "GET /api/nothing HTTP/1.1\r\nHost: x\r\n\r\n", .captured, nil),
        ("show", post("/api/show", #"{"model":"gemma3:270m"}"#), .captured, nil),
        ("show-unknown", post("/api/show", #"{"model":"nope"}"#), .captured, nil),
        (
            "chat-unknown-model", post("/api/chat", #"{"model":"nope","messages":[{"role":"user","content":"hi"}]}"#),
            .captured, nil
        ),
        ("chat-no-model", post("/api/chat", #"{"messages":[{"role":"user","content":"hi"}]}"#), .captured, nil),
        ("chat-malformed", post("/api/chat", #"{"model":"gemma3:270m","messages":["#), .captured, nil),
        (
            "chat-stream", post("/api/chat", #"{"model":"gemma3:270m","messages":[{"role":"user","content":"hi"}]}"#),
            .captured, .capture("chat-stream")
        ),
        (
            "chat-multiturn", post("/api/chat", #"{"model":"tiny","messages":[{"role":"user","content":"hi"}]}"#),
            .captured, .capture("chat-multiturn")
        ),
        (
            "chat-think-unsupported",
            post("/api/chat", #"{"model":"gemma3:270m","messages":[{"role":"user","content":"hi"}]}"#), .captured,
            .status(400, body: #"{"error":"\"gemma3:270m\" does not support thinking"}"#)
        ),
    ]

    static func post(_ path: String, _ body: String) -> String {
        "POST \(path) HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"
    }

    static func expectedBytes(_ name: String) throws -> [UInt8] {
        let capture = try #require(CaptureLibrary.load(name))
        return capture.responseBytes(date: "Tue, 24 Nov 2026 22:09:55 GMT")
    }

    @Test(arguments: replays.map(\.capture))
    func theServerAnswersByteForByte(_ name: String) async throws {
        let replay = try #require(Self.replays.first { $0.capture == name })
        var script = ServerScript(models: replay.models)
        if let chat = replay.chat { script.chat = chat }
        let server = try await OllamaTestServer.start(script: script)
        let received = try await RawHTTP.exchange(port: server.port, request: replay.request)
        try await server.shutdown()
        #expect(RawHTTP.withoutDate(received) == RawHTTP.withoutDate(try Self.expectedBytes(name)))
    }

    @Test func capturesAreReplayedWithTheirOwnHeaders() throws {
        let headers = try String(contentsOf: CaptureFolder.url.appendingPathComponent("tags.headers"), encoding: .utf8)
        let replay = String(decoding: try Self.expectedBytes("tags"), as: UTF8.self)
        #expect(
            RawHTTP.withoutDate(Array(replay.utf8)).hasPrefix(
                RawHTTP.withoutDate(Array(headers.utf8)).replacingOccurrences(of: "\r\n\r\n", with: "\r\n")))
    }

    /// The body as sent: the raw capture without its chunk framing, or the body where there is none.
    static func bodyAsSent(_ capture: Capture) -> [UInt8] {
        guard let raw = capture.raw, capture.headers.contains(where: { $0.name == "Transfer-Encoding" }) else {
            return capture.raw ?? capture.body
        }
        var body: [UInt8] = []
        var index = 0
        while let lineEnd = raw[index...].firstRange(of: [13, 10]),
            let size = Int(String(decoding: raw[index..<lineEnd.lowerBound], as: UTF8.self), radix: 16), size > 0
        {
            body += raw[lineEnd.upperBound..<lineEnd.upperBound + size]
            index = lineEnd.upperBound + size + 2
        }
        return body
    }

    /// The text and counters a capture holds, read with Foundation's JSON reader.
    static func expectedAnswer(_ name: String) throws -> (text: String, evalCount: Int?, doneReason: String?) {
        let capture = try #require(CaptureLibrary.load(name))
        var text = ""
        var evalCount: Int?
        var doneReason: String?
        for line in bodyAsSent(capture).split(separator: 0x0A) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            text += ((object["message"] as? [String: Any])?["content"] as? String) ?? ""
            if object["done"] as? Bool == true {
                evalCount = object["eval_count"] as? Int
                doneReason = object["done_reason"] as? String
            }
        }
        return (text, evalCount, doneReason)
    }

    @Test(arguments: ["chat-stream", "chat-multiturn", "chat-long", "chat-bad-role", "chat-nostream", "chat-load"])
    func theClientDecodesEachCapturedAnswer(_ name: String) async throws {
        let expected = try Self.expectedAnswer(name)
        try await withServer(ServerScript(chat: .capture(name))) { _, client in
            let chunks = await collect(client.chat(messages: hello, model: "tiny"))
            #expect(chunks.text == expected.text)
            guard case .done(let counters) = chunks.last else {
                Issue.record("\(name): no final chunk in \(chunks.suffix(2))")
                return
            }
            #expect(counters.evalCount == expected.evalCount)
            #expect(counters.doneReason == expected.doneReason)
        }
    }

    @Test func theCapturedCountersAreRead() throws {
        let capture = try #require(CaptureLibrary.load("chat-stream"))
        let last = try #require(capture.body.split(separator: 0x0A).last)
        #expect(
            ChatLineDecoder.decode(last) == [
                .done(
                    ChatCounters(
                        doneReason: "length", totalDuration: 412_299_438, loadDuration: 87_053_746, promptEvalCount: 13,
                        promptEvalDuration: 11_300_203, evalCount: 24, evalDuration: 290_524_105
                    ))
            ])
    }

    @Test func aLoadOnlyAnswerHasNoCounters() throws {
        let capture = try #require(CaptureLibrary.load("chat-load"))
        #expect(ChatLineDecoder.decode(capture.body[...]) == [.done(ChatCounters(doneReason: "load"))])
    }

    @Test func anErrorLineInsideA200Stream() throws {
        let capture = try #require(CaptureLibrary.load("pull-unreachable"))
        let lines = capture.body.split(separator: 0x0A)
        #expect(ChatLineDecoder.decode(lines[0]) == [])
        guard case .failed(.streamError(let message)) = ChatLineDecoder.decode(lines[1]).first else {
            Issue.record("no stream error")
            return
        }
        #expect(message.hasPrefix("pull model manifest: Get \"https://registry.ollama.ai/"))
    }

    @Test func thinkingDeltasAreTheirOwnChunks() {
        let line = Array(
            #"{"model":"qwen3","message":{"role":"assistant","content":"","thinking":"Hmm"},"done":false}"#.utf8)
        #expect(ChatLineDecoder.decode(line[...]) == [.thinking("Hmm")])
    }
}

/// Malformed UTF-8 inside a streamed line costs its bytes, not the line: they arrive as U+FFFD.
struct MalformedUTF8Tests {
    @Test func invalidBytesInContentBecomeReplacementCharacters() {
        let line =
            Array(#"{"model":"m","message":{"role":"assistant","content":"a"#.utf8) + [0xFF, 0xC3]
            + Array(#"b"},"done":false}"#.utf8)
        #expect(ChatLineDecoder.decode(line[...]) == [.content("a\u{FFFD}\u{FFFD}b")])
    }
}
