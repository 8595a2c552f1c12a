import OllamaKit
import Testing

@testable import ChatCore

/// What a chat's settings make of a request.
struct ChatRequestTests {
    @Test func theSystemPromptGoesFirstAndTheOptionsWithIt() throws {
        var settings = ChatSettings(system: "Answer in French.", think: .low)
        try settings.set("temperature", text: "0.2")
        try settings.set("stop", text: "###")
        try settings.set("keep_alive", text: "10m")
        let history = [ChatMessage(role: .user, content: "Hi")]
        let request = ChatRequest(history: history, settings: settings)
        #expect(request.messages == [ChatMessage(role: .system, content: "Answer in French."), history[0]])
        #expect(request.settings.options == ChatOptions(temperature: 0.2, stop: ["###"]))
        #expect(request.settings.think == .low)
        #expect(request.settings.keepAlive == .duration("10m"))
    }

    @Test func emptySettingsSendTheHistoryAlone() {
        let history = [ChatMessage(role: .user, content: "Hi")]
        let request = ChatRequest(history: history, settings: ChatSettings())
        #expect(request.messages == history)
        #expect(request.settings == ChatRequestSettings())
    }

    @Test func everyOptionReachesItsRequestField() throws {
        var settings = ChatSettings()
        for (name, text) in [
            ("temperature", "1"), ("top_p", "0.5"), ("top_k", "7"), ("min_p", "0.1"), ("seed", "42"),
            ("num_ctx", "4096"), ("num_predict", "-2"), ("repeat_penalty", "1.1"), ("stop", "a b"),
        ] {
            try settings.set(name, text: text)
        }
        #expect(
            ChatRequest(history: [], settings: settings).settings.options
                == ChatOptions(
                    temperature: 1, topP: 0.5, topK: 7, minP: 0.1, seed: 42, numCtx: 4096, numPredict: -2,
                    repeatPenalty: 1.1, stop: ["a", "b"]))
    }
}
