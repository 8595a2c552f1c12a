import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// A prompt whose answer never started is not kept as a turn: it goes back to the input line, and
/// the next request carries it once. A turn with a partial answer stays, marked.
struct UnansweredPromptTests {
    @Test func aFailedPromptGoesBackToTheInputAndIsSentOnce() {
        var state = AppState.connected()
        state.type("Are you there?")
        state.press(.enter)
        state.stream(.failed(.notReachable(host: "http://127.0.0.1:11434", reason: .refused)))
        #expect(state.history.isEmpty, "the model will not see a prompt that got no answer")
        #expect(state.editor.text == "Are you there?")
        #expect(state.totals.turns == 0)
        let screen = state.screen(rows: 14, columns: 100)
        #expect(!screen.contains(" You"), "no turn is drawn for it")
        #expect(screen.contains(" ❌ Ollama is not running. Start it: ollama serve"))
        #expect(
            screen.contains {
                $0.contains("↩ Nothing came back, so the message is not part of the chat: it is back in the input line")
            })
        let effects = state.press(.enter)
        #expect(
            effects == [
                .startChat(
                    messages: [ChatMessage(role: .user, content: "Are you there?")], model: "tiny:latest", answer: 2)
            ])
    }

    @Test func threeFailuresThenASuccessSendOnlyTheLastPrompt() {
        var state = AppState.connected()
        state.type("Hello")
        for _ in 0..<3 {
            state.press(.enter)  // the prompt is back in the input line each time
            state.stream(.failed(.connectionLost(host: "h")))
        }
        let effects = state.press(.enter)
        #expect(
            effects.first
                == .startChat(messages: [ChatMessage(role: .user, content: "Hello")], model: "tiny:latest", answer: 4))
    }

    @Test func textTypedMeanwhileIsKeptAndThePromptCanBeRecalled() {
        var state = AppState.connected()
        state.type("First")
        state.press(.enter)
        state.type("draft")
        state.stream(.failed(.connectionLost(host: "h")))
        #expect(state.editor.text == "draft", "what was typed meanwhile is not replaced")
        #expect(state.screen(columns: 100).contains { $0.contains("(↑ recalls it)") })
        #expect(state.history.isEmpty)
    }

    @Test func aStopBeforeAnythingArrivedWithdrawsThePromptToo() {
        var state = AppState.connected()
        state.type("Oops")
        state.press(.enter)
        #expect(state.press(.escape) == [.cancelChat])
        #expect(state.history.isEmpty)
        #expect(state.editor.text == "Oops")
    }

    @Test func aPartialAnswerStaysAsATurn() {
        var state = AppState.connected()
        state.type("Tell me")
        state.press(.enter)
        state.stream(.content("Once"))
        state.stream(.failed(.connectionLost(host: "h")))
        #expect(state.history.entries.map(\.content) == ["Tell me", "Once"])
        #expect(state.editor.isEmpty)
    }
}
