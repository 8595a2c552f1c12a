import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// Inputs that are not keys arrive as events too, and the reducer owns what they need.
struct EventTests {
    @Test func aLateChunkOfAStoppedAnswerIsDropped() {
        var state = AppState.connected()
        state.type("First")
        let first = state.press(.enter)
        #expect(
            first == [
                .startChat(messages: [ChatMessage(role: .user, content: "First")], model: "tiny:latest", answer: 1)
            ])
        state.stream(.content("one"))
        #expect(state.press(.escape) == [.cancelChat])
        state.type("Second")
        state.press(.enter)
        _ = state.update(.chunk(.content(" LATE"), answer: 1))
        _ = state.update(.chunk(.done(ChatCounters()), answer: 1))
        #expect(state.phase == .answering, "the old answer's end does not end the new one")
        state.stream(.content("two"))
        state.stream(.done(ChatCounters()))
        #expect(state.history.entries.map(\.content) == ["First", "one", "Second", "two"])
        let screen = state.screen(rows: 30)
        #expect(!screen.contains { $0.contains("LATE") })
    }

    @Test func pageUpBeforeTheFirstFramePagesByTheRealHeight() {
        var state = AppState.connected()
        for index in 0..<40 { state.press(.paste("line \(index)"), .newline) }
        state.press(.enter)
        state.stream(.content((0..<40).map { "answer \($0)" }.joined(separator: "\n")))
        state.stream(.done(ChatCounters()))
        _ = state.update(.resize(rows: 10, columns: 40))
        state.press(.pageUp)
        let bottom = state.screen(rows: 10, columns: 40)[6]
        #expect(bottom == "   answer 34", "10 rows leave 7 for the transcript; a page of 6 keeps one row in view")
    }

    @Test func sigintStopsAnAnswerAndQuitsWhenIdle() {
        var state = AppState.connected()
        state.type("Hi")
        state.press(.enter)
        let whileAnswering = state.update(.interrupt)
        #expect(whileAnswering == [.cancelChat])
        #expect(state.phase == .ready)
        let whenIdle = state.update(.interrupt)
        #expect(whenIdle == [.quit])
    }

    @Test func sigtermAndSighupExitWith128PlusTheSignal() {
        var state = AppState.connected()
        let term = state.update(.terminate(signal: 15))
        let hup = state.update(.terminate(signal: 1))
        #expect(term == [.cancelChat, .exit(status: 143)])
        #expect(hup == [.cancelChat, .exit(status: 129)])
    }

    @Test func theMetricsComeFromTheEventsClock() {
        var state = AppState.connected()
        let start = Moment.now
        state.type("Hi")
        _ = state.update(.key(.enter), now: start)
        _ = state.update(.chunk(.content("x"), answer: 1), now: start + .milliseconds(500))
        _ = state.update(.chunk(.done(ChatCounters()), answer: 1), now: start + .seconds(4))
        #expect(state.lastMetrics?.wallSeconds == 4)
        #expect(state.lastMetrics?.timeToFirstToken == 0.5)
    }
}
