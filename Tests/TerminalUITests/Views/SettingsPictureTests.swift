import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// The settings overlay and the context gauge as pictures.
struct SettingsPictureTests {
    /// Connected to tiny:latest, which reports `capabilities` and sets temperature itself.
    func connected(capabilities: [String] = ["completion", "thinking"]) -> AppState {
        var state = AppState.connected()
        var details = ModelDetails(capabilities: capabilities)
        details.parameters = [ModelParameter(name: "temperature", value: "0.8")]
        _ = state.update(.modelShown("tiny:latest", .success(details)))
        return state
    }

    /// One prompt answered; the server counted `prompt` and `answer` tokens.
    func answered(prompt: Int, answer: Int, loaded context: Int?) -> AppState {
        var state = connected()
        state.type("Hi")
        state.press(.enter)
        state.stream(.content("Hello"))
        state.stream(.done(ChatCounters(doneReason: "stop", promptEvalCount: prompt, evalCount: answer)))
        if let context {
            let loaded = RunningModel(name: "tiny:latest", model: "tiny:latest", size: 1, contextLength: context)
            _ = state.update(.runningListed(.success([loaded])))
        }
        return state
    }

    @Test func theOverlayAt80x24() {
        var state = connected()
        state.press(.function(7))
        state.type("Be brief.")
        let (canvas, cursor) = state.canvas(rows: 24, columns: 80)
        expectScreen(
            canvas,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                " ┌─ Chat settings ────────────────────────────────────────────────────────────┐",
                " │ system prompt                                                              │",
                " │   Be brief.                                                                │",
                " │   Sent first in every request; Alt-Enter or Ctrl-J for a new line          │",
                " │ think           ‹ not sent ›                                               │",
                " │   Whether the model reasons before it answers (← → or Space)               │",
                " │ temperature     default (0.8)                                              │",
                " │   Randomness: higher is more creative, lower more focused                  │",
                " │ top_p           default                                                    │",
                " │   Samples only from the likeliest words making up this share               │",
                " │ top_k           default                                                    │",
                " │   Samples only from this many likeliest words                              │",
                " │ min_p           default                                                    │",
                " │   Drops words less likely than this share of the likeliest                 │",
                " │ seed            default                                                    │",
                " │   The same seed and prompt give the same answer                            │",
                " │ num_ctx         default                                                    │",
                " │   Tokens of context the model reads                                        │",
                " │ num_predict     default                                                    │",
                " │   Most tokens to answer with (-1: no limit)                                │",
                "─│                                                                            │─",
                "›└─ Enter apply · Esc discard · Tab next field ───────────────────────────────┘",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
        #expect(cursor == CursorPosition(row: 3, column: 14))
    }

    @Test func aSmallTerminalScrollsToTheFocusedField() {
        var state = connected()
        state.press(.function(7))
        SettingsPanelTests.focus(.keepAlive, in: &state)
        state.type("5m")
        let (canvas, cursor) = state.canvas(rows: 12, columns: 40)
        expectScreen(
            canvas,
            [
                " ✅ Connected to tiny:latest. Send a",
                " ┌─ Chat settings ────────────────────┐",
                " │   Most tokens to answer with (-1:  │",
                " │ repeat_penalty default             │",
                " │   How strongly repetition is disco │",
                " │ stop       default                 │",
                " │   Text that ends the answer        │",
                " │ keep_alive 5m                      │",
                " │   How long the model stays loaded  │",
                "─│                                    │─",
                "›└─ Enter apply · Esc discard · Tab n─┘",
                " ● ready │ tiny:latest          F1 help",
            ])
        #expect(cursor != nil)
    }

    @Test func aBadValueIsMarkedAndExplainedOnItsRow() {
        var state = connected()
        state.press(.function(7))
        SettingsPanelTests.focus(.topK, in: &state)
        state.type("zero")
        let (canvas, _) = state.canvas(rows: 24, columns: 80)
        expectScreen(
            canvas,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                " ┌─ Chat settings ────────────────────────────────────────────────────────────┐",
                " │ system prompt   none: the model's own                                      │",
                " │   Sent first in every request; Alt-Enter or Ctrl-J for a new line          │",
                " │ think           ‹ not sent ›                                               │",
                " │   Whether the model reasons before it answers (← → or Space)               │",
                " │ temperature     default (0.8)                                              │",
                " │   Randomness: higher is more creative, lower more focused                  │",
                " │ top_p           default                                                    │",
                " │   Samples only from the likeliest words making up this share               │",
                " │ top_k           zero                                                       │",
                " │   \"zero\" cannot be used: top_k is a whole number of 1 or more              │",
                " │ min_p           default                                                    │",
                " │   Drops words less likely than this share of the likeliest                 │",
                " │ seed            default                                                    │",
                " │   The same seed and prompt give the same answer                            │",
                " │ num_ctx         default                                                    │",
                " │   Tokens of context the model reads                                        │",
                " │ num_predict     default                                                    │",
                " │   Most tokens to answer with (-1: no limit)                                │",
                " │ repeat_penalty  default                                                    │",
                "─│                                                                            │─",
                "›└─ Enter apply · Esc discard · Tab next field ───────────────────────────────┘",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
        let value = roles(canvas, row: 10)
        #expect(value.dropFirst(3).prefix(16) == String(repeating: "P", count: 16), "the focused field's label")
        #expect(value.dropFirst(19).prefix(4) == "eeee", "the bad value takes the error role")
        #expect(roles(canvas, row: 11).dropFirst(5).prefix(59) == String(repeating: "e", count: 59))
    }

    @Test func thinkIsShownDisabledWithoutTheCapability() {
        var state = connected(capabilities: ["completion"])
        state.press(.function(7), .tab)
        let (canvas, _) = state.canvas(rows: 24, columns: 80)
        expectScreen(
            canvas,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                " ┌─ Chat settings ────────────────────────────────────────────────────────────┐",
                " │ system prompt   none: the model's own                                      │",
                " │   Sent first in every request; Alt-Enter or Ctrl-J for a new line          │",
                " │ think           ‹ not sent ›                                               │",
                " │   tiny:latest does not report the thinking capability                      │",
                " │ temperature     default (0.8)                                              │",
                " │   Randomness: higher is more creative, lower more focused                  │",
                " │ top_p           default                                                    │",
                " │   Samples only from the likeliest words making up this share               │",
                " │ top_k           default                                                    │",
                " │   Samples only from this many likeliest words                              │",
                " │ min_p           default                                                    │",
                " │   Drops words less likely than this share of the likeliest                 │",
                " │ seed            default                                                    │",
                " │   The same seed and prompt give the same answer                            │",
                " │ num_ctx         default                                                    │",
                " │   Tokens of context the model reads                                        │",
                " │ num_predict     default                                                    │",
                " │   Most tokens to answer with (-1: no limit)                                │",
                " │ repeat_penalty  default                                                    │",
                "─│                                                                            │─",
                "›└─ Enter apply · Esc discard · Tab next field ───────────────────────────────┘",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
    }

    @Test func theGaugeBelow80Percent() {
        var state = answered(prompt: 1000, answer: 229, loaded: 4096)
        let (canvas, _) = state.canvas(rows: 8, columns: 120)
        expectScreen(
            canvas,
            [
                "   Hi",
                "",
                " tiny:latest",
                "   Hello",
                "   ⏱ 0.0 s • 🔢 5 chars",
                "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest │ ⏱ 0.0 s • 🔢 5 chars │ 1 turn · 1.2k tok │ ctx 1.2k/4k   F1 help  F2 clear  F3 model  Esc stop",
            ])
        #expect(!roles(canvas, row: 7).contains("W"), "below 80% the gauge is plain")
    }

    @Test func theGaugeFrom80PercentWarns() {
        var state = answered(prompt: 3300, answer: 100, loaded: 4096)
        let (canvas, _) = state.canvas(rows: 8, columns: 120)
        expectScreen(
            canvas,
            [
                "   Hello",
                "   ⏱ 0.0 s • 🔢 5 chars",
                "",
                " The context is 83% full: the server will start dropping the oldest messages (F2 starts afresh; num_ctx in F7 raises",
                " it)",
                "────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest │ ⏱ 0.0 s • 🔢 5 chars │ 1 turn · 3.4k tok │ ctx 3.3k/4k   F1 help  F2 clear  F3 model  Esc stop",
            ])
        #expect(roles(canvas, row: 7).contains("s" + String(repeating: "W", count: 11) + "s"), "the warning role")
        // Said once: another answer as full does not say it again.
        state.type("More")
        state.press(.enter)
        state.stream(.content("Yes"))
        state.stream(.done(ChatCounters(doneReason: "stop", promptEvalCount: 3400, evalCount: 100)))
        #expect(state.screenNotices.filter { $0.text.hasPrefix("The context is") }.count == 1)
    }

    @Test func theGaugeUsesTheChatsNumCtxElseShowsTheCountAlone() {
        var state = answered(prompt: 900, answer: 100, loaded: nil)
        #expect(state.screen(rows: 8, columns: 120).last?.contains("│ ctx 1000 ") == true)
        _ = state.applySettings(
            {
                var settings = ChatSettings()
                try? settings.set("num_ctx", text: "2048")
                return settings
            }(), notice: "")
        state.press(.end)  // a key: the notice goes
        #expect(state.screen(rows: 8, columns: 120).last?.contains("│ ctx 1000/2k ") == true)
    }

    @Test func tokenCountsInUnitsOf1024() {
        let strings = Strings(.english)
        #expect(strings.contextGauge(used: 850, limit: nil) == "ctx 850")
        #expect(strings.contextGauge(used: 1229, limit: 4096) == "ctx 1.2k/4k")
        #expect(strings.contextGauge(used: 12_800, limit: 131_072) == "ctx 13k/128k")
    }
}
