import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// While an answer streams the status bar shows its own live figures, never the last answer's.
struct LiveFiguresTests {
    let start = Moment.now

    func bar(_ state: inout AppState) -> String {
        state.screen(rows: 8, columns: 100).last ?? ""
    }

    @Test func waitingThenFlowingThenStalledThenDone() {
        var state = AppState.connected()
        state.type("One")
        state.press(.enter)
        state.stream(.content("old"))
        state.stream(.done(ChatCounters(evalCount: 3, evalDuration: 1_000_000_000)))
        #expect(bar(&state).contains("📊 3 tok/s"))

        state.type("Two")
        _ = state.update(.key(.enter), now: start)
        _ = state.update(.tick, now: start + .seconds(12))
        #expect(bar(&state).contains("waiting for the first token · 12 s"))
        #expect(!bar(&state).contains("3 tok/s"), "not the previous answer's figures")

        let answer = state.answerNumber
        _ = state.update(.chunk(.content("a"), answer: answer), now: start + .milliseconds(12_500))
        _ = state.update(.chunk(.tokens(1), answer: answer), now: start + .milliseconds(12_500))
        _ = state.update(.chunk(.content(" b c"), answer: answer), now: start + .milliseconds(13_500))
        _ = state.update(.chunk(.tokens(10), answer: answer), now: start + .milliseconds(13_500))
        #expect(bar(&state).contains("⏱ 13.5 s • ⚡ 12.5 s • 🔢 11 tok • 📊 11 tok/s"))

        _ = state.update(.tick, now: start + .seconds(20))
        #expect(bar(&state).contains("no data for 6 s"))

        _ = state.update(
            .chunk(.done(ChatCounters(evalCount: 11, evalDuration: 1_000_000_000)), answer: answer),
            now: start + .seconds(21))
        #expect(bar(&state).contains("⏱ 21.0 s • 🔢 5 chars • 📊 11 tok/s"))
    }

    @Test func theDemoIsMarked() {
        var state = AppState(
            strings: Strings(.english), host: "http://127.0.0.1:1", preferredModel: "tiny:latest", isDemo: true)
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        #expect(bar(&state).contains("● ready │ demo · tiny:latest │"))
    }

    @Test func theFiguresChangeAtMostFourTimesASecond() {
        var state = AppState.connected()
        state.type("Hi")
        _ = state.update(.key(.enter), now: start)
        _ = state.update(.chunk(.content("a"), answer: 1), now: start + .seconds(1))
        _ = state.update(.chunk(.tokens(1), answer: 1), now: start + .seconds(1))
        // The spinner steps with time (on ticks and on the answer's frames); the figures do not.
        func figures(_ row: String) -> Substring { row.drop { $0 != "│" } }
        let first = bar(&state)
        _ = state.update(.chunk(.content(" b"), answer: 1), now: start + .milliseconds(1100))
        _ = state.update(.chunk(.tokens(1), answer: 1), now: start + .milliseconds(1100))
        let second = bar(&state)
        #expect(figures(second) == figures(first), "0.1 s later the figures are as they were")
        #expect(second.prefix(2) != first.prefix(2), "the spinner stepped with the answer's text")
        _ = state.update(.chunk(.tokens(1), answer: 1), now: start + .milliseconds(1300))
        #expect(bar(&state).contains("🔢 3 tok"))
    }
}

extension LiveFiguresTests {
    @Test func theConfiguredModelShowsFromTheFirstFrameAndTypingWorks() {
        var state = makeState(preferredModel: "tiny")
        #expect(bar(&state).contains("connecting… │ tiny:latest"), "before the model list arrives")
        state.type("Hello")
        #expect(state.editor.text == "Hello", "the input accepts typing at once")
        _ = state.update(.modelsLoaded(.success([ModelSummary(name: "other:latest", size: 1)])))
        #expect(!bar(&state).contains("tiny:latest"), "a model that is not installed is no longer shown")
        #expect(state.picker?.message == "📦 Model tiny is not installed. Install it: ollama pull tiny")
    }
}

extension LiveFiguresTests {
    @Test func theSpinnerStepsWithTimeNotWithEachEvent() {
        var state = AppState.connected()
        state.type("Hi")
        _ = state.update(.key(.enter), now: start)
        _ = state.update(.tick, now: start + .milliseconds(100))
        let stepped = state.spinner
        for millisecond in stride(from: 101, through: 150, by: 5) {
            _ = state.update(.chunk(.content("a"), answer: 1), now: start + .milliseconds(millisecond))
        }
        _ = state.update(.tick, now: start + .milliseconds(150))
        #expect(state.spinner == stepped, "eleven chunks and a tick within 90 ms: no step")
        _ = state.update(.chunk(.content("b"), answer: 1), now: start + .milliseconds(195))
        #expect(state.spinner == stepped + 1, "a chunk after the step's time steps it, without a tick")
    }
}
