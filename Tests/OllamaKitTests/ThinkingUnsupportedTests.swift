import OllamaTestServer
import Testing

@testable import OllamaKit

/// `think` on a model that cannot think: Ollama's 400 becomes `.thinkingUnsupported`.
struct ThinkingUnsupportedTests {
    static func script(capabilities: [String]) -> ServerScript {
        var script = ServerScript(chat: .scripted(ChatScript(text: "Hi there")))
        script.capabilities = ["gemma3:270m": capabilities]
        return script
    }

    @Test func theCapturedAnswerMapsToItsModel() throws {
        let body = try #require(CaptureLibrary.file("chat-think-unsupported.body"))
        let error = StatusError.make(code: 400, reason: "Bad Request", body: body, url: "u", keySent: false)
        #expect(error == .thinkingUnsupported(model: "gemma3:270m"))
    }

    @Test func otherBadRequestsStayStatuses() {
        let body = Array(#"{"error":"model is required"}"#.utf8)
        let error = StatusError.make(code: 400, reason: "Bad Request", body: body, url: "u", keySent: false)
        #expect(error == .httpStatus(code: 400, message: "model is required"))
    }

    @Test func quotesInsideTheNameAreUnescaped() {
        #expect(StatusError.thinkingUnsupportedModel(#""my\"model" does not support thinking"#) == #"my"model"#)
        #expect(StatusError.thinkingUnsupportedModel("model does not support thinking") == nil)
    }

    @Test(arguments: [ThinkMode.on, .low, .medium, .high])
    func thinkingOnAModelWithoutItFails(_ mode: ThinkMode) async throws {
        try await withServer(Self.script(capabilities: ["completion"])) { _, client in
            let chunks = await collect(
                client.chat(messages: hello, model: "gemma3:270m", settings: ChatRequestSettings(think: mode)))
            #expect(chunks == [.failed(.thinkingUnsupported(model: "gemma3:270m"))])
        }
    }

    @Test func thinkingOffIsAnswered() async throws {
        try await withServer(Self.script(capabilities: ["completion"])) { _, client in
            let chunks = await collect(
                client.chat(messages: hello, model: "gemma3:270m", settings: ChatRequestSettings(think: .off)))
            #expect(chunks.text == "Hi there")
        }
    }

    @Test func aModelThatThinksGetsTheThinkingReply() async throws {
        var script = Self.script(capabilities: ["completion", "thinking"])
        var answer = ChatScript(text: "Hi there")
        answer.thinking = ["Greet", " back"]
        script.chat = .scripted(answer)
        try await withServer(script) { _, client in
            let chunks = await collect(
                client.chat(messages: hello, model: "gemma3:270m", settings: ChatRequestSettings(think: .on)))
            #expect(chunks.contains(.thinking("Greet back")))
            #expect(chunks.text == "Hi there")
        }
    }

    @Test func aListedModelsCapabilitiesAreChecked() async throws {
        let model = TestModel(name: "plain:1b", size: 1, capabilities: ["completion"])
        try await withServer(ServerScript(models: .custom([model]))) { _, client in
            let chunks = await collect(
                client.chat(messages: hello, model: "plain:1b", settings: ChatRequestSettings(think: .on)))
            #expect(chunks == [.failed(.thinkingUnsupported(model: "plain:1b"))])
        }
    }

    @Test func theServerSendsTheCapturedBytes() async throws {
        let server = try await OllamaTestServer.start(script: Self.script(capabilities: ["completion"]))
        let request = CaptureTests.post(
            "/api/chat", #"{"model":"gemma3:270m","think":true,"messages":[{"role":"user","content":"hi"}]}"#)
        let received = try await RawHTTP.exchange(port: server.port, request: request)
        try await server.shutdown()
        let expected = try CaptureTests.expectedBytes("chat-think-unsupported")
        #expect(RawHTTP.withoutDate(received) == RawHTTP.withoutDate(expected))
    }
}
