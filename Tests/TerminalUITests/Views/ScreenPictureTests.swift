import ChatCore
import Foundation
import OllamaKit
import Testing

@testable import TerminalUI

/// Whole screens as pictures: layout, text and styles at once, with the clock fixed.
struct ScreenPictureTests {
    let start = Moment.now

    /// Connected, one prompt answered in 2.3 s at 56 tok/s.
    func answered() -> AppState {
        var state = AppState.connected()
        state.type("Hi")
        _ = state.update(.key(.enter), now: start)
        _ = state.update(.chunk(.thinking("Greet back."), answer: state.answerNumber), now: start + .milliseconds(100))
        _ = state.update(
            .chunk(.content("Hello there! 世界"), answer: state.answerNumber), now: start + .milliseconds(300))
        let counters = ChatCounters(doneReason: "stop", promptEvalCount: 10, evalCount: 56, evalDuration: 1_000_000_000)
        _ = state.update(.chunk(.done(counters), answer: state.answerNumber), now: start + .milliseconds(2300))
        return state
    }

    @Test func anAnsweredPromptWithItsThinkingAndMetrics() {
        var state = answered()
        let (canvas, cursor) = state.canvas(rows: 14, columns: 64)
        expectScreen(
            canvas,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                "",
                " You",
                "   Hi",
                "",
                " tiny:latest",
                "   ▸ Thought for 0.2 s · 2 words",
                "   Hello there! 世界",
                "   ⏱ 2.3 s • 🔢 15 chars • 📊 56 tok/s",
                "",
                "",
                "────────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest │ 1 turn · 66 tok │ ctx 66       F1 help",
            ])
        #expect(roles(canvas, row: 2).hasPrefix(" UUU "))
        #expect(roles(canvas, row: 3).hasPrefix("   uu "))
        #expect(roles(canvas, row: 5).hasPrefix(" AAAAAAAAAAA "))
        #expect(
            roles(canvas, row: 6).hasPrefix("   " + String(repeating: "t", count: 29) + " "),
            "thinking has its own role")
        #expect(roles(canvas, row: 7).hasPrefix("   aaaaaaaaaaaaaaaaa "), "the wide characters' cells too")
        #expect(roles(canvas, row: 8).hasPrefix("   " + String(repeating: "m", count: 35) + " "))
        #expect(
            roles(canvas, row: 13) == String(repeating: "s", count: 56) + "SSSSSSSs",
            "the metrics give way to the help hint")
        #expect(cursor == CursorPosition(row: 12, column: 2))
    }

    @Test func aMarkdownAnswerAsAPicture() {
        var state = AppState.connected()
        state.type("Sort?")
        _ = state.update(.key(.enter), now: start)
        let answer =
            "## Sorting\n\nUse **sorted**:\n\n```python\nsorted(xs)  # new\n```\n\n| a | b |\n|---|--:|\n| 1 | 22 |"
        _ = state.update(.chunk(.content(answer), answer: state.answerNumber), now: start + .milliseconds(100))
        _ = state.update(.chunk(.done(ChatCounters()), answer: state.answerNumber), now: start + .seconds(1))
        let (canvas, _) = state.canvas(rows: 24, columns: 40)
        expectScreen(
            canvas,
            [
                " ✅ Connected to tiny:latest. Send a",
                " message!",
                "",
                " You",
                "   Sort?",
                "",
                " tiny:latest",
                "   Sorting",
                "",
                "   Use sorted:",
                "",
                "   ┌─ python ──────────────────────────",
                "   │ sorted(xs)  # new",
                "   └───────────────────────────────────",
                "",
                "   ┌───┬────┐",
                "   │ a │  b │",
                "   ├───┼────┤",
                "   │ 1 │ 22 │",
                "   └───┴────┘",
                "   ⏱ 1.0 s • 🔢 92 chars",
                "────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest          F1 help",
            ])
        #expect(roles(canvas, row: 7).hasPrefix("   2222222 "), "a second-level heading")
        #expect(roles(canvas, row: 9).hasPrefix("   aaaa******a "), "strong text")
        #expect(roles(canvas, row: 12).hasPrefix("   FFcccccccccccc##### "), "code coloured: a comment")
        #expect(roles(canvas, row: 16).hasPrefix("   +aTa+aaTa+ "), "the header cells")
    }

    @Test func aTabTakesTheSameColumnsInTheInputAndInTheTranscript() {
        var state = AppState.connected()
        func typeRow() {
            state.type("id")
            state.press(.tab)
            state.type("name")
            state.press(.tab)
            state.type("x")
        }
        typeRow()
        _ = state.update(.key(.enter), now: start)
        typeRow()
        let (canvas, cursor) = state.canvas(rows: 8, columns: 40)
        // Both count tab stops from where their text starts (the transcript's text one column
        // further right than the input's), so the columns line up one to one.
        expectScreen(
            canvas,
            [
                " You",
                "   id      name    x",
                "",
                " tiny:latest",
                "   …",
                "────────────────────────────────────────",
                "› id      name    x",
                " ⠋ generating… │ tiny:latest    F1 help",
            ])
        #expect(cursor == CursorPosition(row: 6, column: 2 + 17))
    }

    @Test func thePickerOverATinyScreenStaysInside() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        let (canvas, cursor) = state.canvas(rows: 8, columns: 30)
        expectScreen(
            canvas,
            [
                "",
                " ┌─ Choose a model ─────────┐",
                " │ Filter: type to filter   │",
                " │ gemma3:270m (253MB)      │",
                " │ tiny:latest (253MB)      │",
                "─└─ ↑↓ move  Enter choose  ─┘─",
                "›",
                " ○ no model │ —       F1 help",
            ])
        #expect(cursor == nil, "no cursor under a popup")
    }

    @Test func theHistoryRebuildsTheSameScreen() {
        var state = answered()
        state.type("Count")
        state.press(.enter)
        state.stream(.content("1 2 3"))
        state.press(.escape)
        state.type("Again")
        state.press(.enter)
        state.stream(.content("4 5"))
        state.stream(.failed(.connectionLost(host: "http://127.0.0.1:11434")))
        _ = state.update(.modelsLoaded(.failure(.notReachable(host: "http://127.0.0.1:11434", reason: .refused))))
        for (rows, columns) in [(40, 64), (40, 30), (12, 100)] {
            let incremental = state.screen(rows: rows, columns: columns)
            var rebuilt = state
            rebuilt.transcript = Transcript(
                history: state.history, notices: state.screenNotices, strings: state.strings)
            let expected = rebuilt.screen(rows: rows, columns: columns)
            #expect(incremental == expected, "\(rows)x\(columns)")
        }
        #expect(state.screen(rows: 40, columns: 64).contains("   ⏹ stopped"))
        #expect(state.screenNotices.map(\.kind) == [.notice, .error, .marker, .notice])
    }

    @Test func theHistoryRoundTripsThroughJSON() throws {
        let state = answered()
        var history = state.history
        history.add(SessionHistory.Entry(role: .assistant, content: "cut", ending: .failed(.connectionLost(host: "h"))))
        let data = try JSONEncoder().encode(history)
        #expect(try JSONDecoder().decode(SessionHistory.self, from: data) == history)
        #expect(history.entries[1].thinking == "Greet back.", "thinking is kept in the history")
        #expect(history.entries[1].model == "tiny:latest")
        #expect(history.entries[1].metrics?.tokensPerSecond == 56)
    }
}

extension ScreenPictureTests {
    @Test func anAnswerCutAtTheTokenLimitIsMarked() {
        var state = AppState.connected()
        state.type("Go on")
        _ = state.update(.key(.enter), now: start)
        _ = state.update(.chunk(.content("and on and"), answer: 1), now: start + .milliseconds(200))
        let counters = ChatCounters(doneReason: "length", evalCount: 4, evalDuration: 1_000_000_000)
        _ = state.update(.chunk(.done(counters), answer: 1), now: start + .seconds(1))
        let (canvas, _) = state.canvas(rows: 12, columns: 60)
        expectScreen(
            canvas,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                "",
                " You",
                "   Go on",
                "",
                " tiny:latest",
                "   and on and",
                "   ⋯ cut off at the token limit (num_predict)",
                "   ⏱ 1.0 s • 🔢 10 chars • 📊 4 tok/s",
                "────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest │ 1 turn · 4 tok │ ctx 4     F1 help",
            ])
        #expect(roles(canvas, row: 7).hasPrefix("   ..."), "dim, like ⏹ stopped")
    }
}
