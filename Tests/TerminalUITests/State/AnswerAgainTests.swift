import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// Alt-R answers the last prompt again; Alt-E edits it; Alt-T and Alt-M change how answers show.
struct AnswerAgainTests {
    func answered(_ answers: [String]) -> AppState {
        var state = AppState.connected()
        for (index, answer) in answers.enumerated() {
            state.type("prompt \(index + 1)")
            state.press(.enter)
            state.stream(.content(answer))
            state.stream(.done(ChatCounters()))
        }
        return state
    }

    @Test func altRSendsTheHistoryBeforeTheLastAnswerAndReplacesIt() {
        var state = answered(["first", "second"])
        let effects = state.press(.alt("r"))
        guard case .startChat(let messages, _, _)? = effects.first else {
            Issue.record("nothing sent")
            return
        }
        #expect(messages.map(\.content) == ["prompt 1", "first", "prompt 2"])
        state.stream(.content("again"))
        state.stream(.done(ChatCounters()))
        #expect(state.history.entries.map(\.content) == ["prompt 1", "first", "prompt 2", "again"])
        let screen = state.screen(rows: 30, columns: 40)
        #expect(!screen.contains("   second"))
        #expect(screen.contains("   again"))
        #expect(state.totals.turns == 2)
    }

    @Test func altRWorksAfterAnAnswerCutShort() {
        var state = answered(["first"])
        state.type("prompt 2")
        state.press(.enter)
        state.stream(.content("half an ans"))
        state.stream(.failed(.connectionLost(host: "h")))
        guard case .startChat(let messages, _, _)? = state.press(.alt("r")).first else {
            Issue.record("nothing sent")
            return
        }
        #expect(messages.map(\.content) == ["prompt 1", "first", "prompt 2"])
        #expect(!state.screen(rows: 30, columns: 40).contains("   half an ans"))
    }

    @Test func altRWithNoAnswerOrDuringOneSaysWhy() {
        var state = AppState.connected()
        #expect(state.press(.alt("r")).isEmpty)
        #expect(state.screen().last?.contains("No answer to write again") == true)
        state.type("go")
        state.press(.enter)
        #expect(state.press(.alt("r")).isEmpty, "not while answering")
    }

    @Test func altEPutsTheLastPromptInTheInputAndSendingReplacesTheTurn() {
        var state = answered(["first", "second"])
        state.press(.alt("e"))
        #expect(state.editor.text == "prompt 2")
        state.press(.backspace)
        state.type("two, better")
        guard case .startChat(let messages, _, _)? = state.press(.enter).first else {
            Issue.record("nothing sent")
            return
        }
        #expect(messages.map(\.content) == ["prompt 1", "first", "prompt two, better"])
        #expect(!state.screen(rows: 30, columns: 40).contains("   prompt 2"))
        #expect(!state.screen(rows: 30, columns: 40).contains("   second"))
    }

    @Test func altEAgainKeepsTheTurnAndAFullInputIsNotOverwritten() {
        var state = answered(["first"])
        state.type("draft")
        state.press(.alt("e"))
        #expect(state.editor.text == "draft")
        state.press(.control("u"))
        state.press(.alt("e"))
        state.press(.alt("e"))
        #expect(state.editor.isEmpty)
        state.type("new")
        guard case .startChat(let messages, _, _)? = state.press(.enter).first else {
            Issue.record("nothing sent")
            return
        }
        #expect(messages.map(\.content) == ["prompt 1", "first", "new"], "the kept turn is still sent")
    }

    @Test func altTUnfoldsAndFoldsEveryThinking() {
        var state = AppState.connected()
        state.type("why")
        state.press(.enter)
        state.stream(.thinking("Because of reasons."))
        #expect(state.screen(rows: 20, columns: 40).contains("   Thinking…"), "the heading while it streams")
        state.stream(.content("So."))
        state.stream(.done(ChatCounters()))
        #expect(!state.screen(rows: 20, columns: 40).contains("   Because of reasons."))
        state.press(.alt("t"))
        #expect(state.screen(rows: 20, columns: 40).contains("   Because of reasons."))
        state.press(.alt("t"))
        #expect(!state.screen(rows: 20, columns: 40).contains("   Because of reasons."))
    }

    @Test func streamingThinkingShowsItsLastRowsOnly() {
        var state = AppState.connected()
        state.type("why")
        state.press(.enter)
        state.stream(.thinking((1...10).map { "step \($0)" }.joined(separator: "\n")))
        let screen = state.screen(rows: 30, columns: 40)
        #expect(screen.contains("   step 10"))
        #expect(screen.contains("   step 7"))
        #expect(!screen.contains("   step 6"))
    }

    @Test func altMShowsEveryAnswersSourceAndNewOnesFollow() {
        var state = answered(["**bold** answer"])
        #expect(state.screen(rows: 20, columns: 40).contains("   bold answer"))
        state.press(.alt("m"))
        #expect(state.screen(rows: 20, columns: 40).contains("   **bold** answer"))
        state.type("more")
        state.press(.enter)
        state.stream(.content("# Title"))
        state.stream(.done(ChatCounters()))
        #expect(state.screen(rows: 20, columns: 40).contains("   # Title"))
    }

    @Test func aRebuiltTranscriptEqualsTheStreamedOneWithMarkdownAndThinking() {
        var state = AppState.connected()
        state.type("md")
        state.press(.enter)
        state.stream(.thinking("Plan it."))
        for piece in [
            "# Head", "ing\n\n- a", "\n- b\n\n```sw", "ift\nlet x = 1\n", "```\n| a | b |\n|--", "-|---|\n| 1 | 2 |",
        ] {
            state.stream(.content(piece))
        }
        state.stream(.done(ChatCounters()))
        for columns in [30, 50, 80] {
            let streamed = state.screen(rows: 40, columns: columns)
            var rebuilt = state
            rebuilt.transcript = Transcript(
                history: state.history, notices: state.screenNotices, strings: state.strings)
            #expect(rebuilt.screen(rows: 40, columns: columns) == streamed, "\(columns) columns")
        }
    }
}
