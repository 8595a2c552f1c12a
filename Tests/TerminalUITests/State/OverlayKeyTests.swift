import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// The keys that work anywhere work over every overlay; F2 asks before clearing several turns.
struct OverlayKeyTests {
    func answeredTwice() -> AppState {
        var state = AppState.connected()
        for prompt in ["One", "Two"] {
            state.type(prompt)
            state.press(.enter)
            state.stream(.content("ok"))
            state.stream(.done(ChatCounters()))
        }
        return state
    }

    @Test func f1OverThePickerShowsHelpAndReturnsToThePicker() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        state.press(.function(1))
        #expect(state.showingHelp)
        let screen = state.screen(rows: 30, columns: 100)
        #expect(screen.contains { $0.contains("─ Keys ─") })
        #expect(!screen.contains { $0.contains("Choose a model") }, "one overlay at a time")
        state.press(.escape)
        #expect(state.picker != nil, "closing help goes back to the picker")
    }

    @Test func ctrlDInThePickerQuits() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        #expect(state.press(.control("d")) == [.quit])
    }

    @Test func f2AsksBeforeClearingSeveralTurns() {
        var state = answeredTwice()
        #expect(state.press(.function(2)).isEmpty)
        let screen = state.screen(rows: 14, columns: 64)
        #expect(screen.contains { $0.contains("Clear the session?") })
        #expect(screen.contains { $0.contains("2 turns leave the screen and what the model sees.") })
        state.press(.escape)
        #expect(state.history.count == 4, "Esc keeps the session")
        state.press(.function(2))
        state.press(.character("x"))
        #expect(state.history.count == 4, "any other key keeps it too")
        #expect(state.editor.isEmpty, "and is not typed")
        state.press(.function(2), .function(2))
        #expect(state.history.isEmpty, "F2 twice clears")
    }

    @Test func enterConfirmsAndAOneTurnSessionClearsAtOnce() {
        var state = answeredTwice()
        state.press(.function(2), .enter)
        #expect(state.history.isEmpty)
        state.type("Three")
        state.press(.enter)
        #expect(state.press(.function(2)) == [.cancelChat], "one turn, mid-answer: no question")
        #expect(state.history.isEmpty)
    }
}
