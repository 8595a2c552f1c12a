import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// Select mode: moving the highlight over messages and code blocks, and what each key asks the
/// runtime to do with the selection.
struct SelectModeTests {
    static let answer = "Here:\n\n```python\nprint(1)\n```\n\nand\n\n```\nplain\n```"

    /// A session with one answered prompt (with thinking) whose answer has two code blocks.
    func answered() -> AppState {
        var state = AppState.connected()
        state.type("Show me")
        state.press(.enter)
        state.stream(.thinking("Two blocks."))
        state.stream(.content(Self.answer))
        state.stream(.done(ChatCounters()))
        return state
    }

    @Test func f6SelectsTheNewestCodeBlockAndArrowsWalkTheItems() {
        var state = answered()
        state.press(.function(6))
        #expect(state.selection?.codeBlock == 1)
        state.press(.up)
        #expect(state.selection?.codeBlock == 0)
        state.press(.up)
        let answerItem = state.selection
        #expect(answerItem?.codeBlock == nil)
        state.press(.up)
        #expect(state.selection != answerItem, "the thinking is an item of its own")
        state.press(.home)
        state.press(.up)
        #expect(state.press(.enter) == [.copy("Show me")], "the first item is the prompt")
        state.press(.end)
        #expect(state.selection?.codeBlock == 1)
    }

    @Test func copyTakesACodeBlockWithoutFencesOrAWholeAnswerAsWritten() {
        var state = answered()
        state.press(.function(6))
        #expect(state.press(.enter) == [.copy("plain")])
        state.press(.up)
        #expect(state.press(.character("y")) == [.copy("print(1)")])
        state.press(.up)
        #expect(state.press(.character("c")) == [.copy(Self.answer)])
    }

    @Test func theSelectedRowsCarryTheBarAndTheStatusBarSaysSelect() {
        var state = answered()
        state.press(.function(6))
        let (canvas, cursor) = state.canvas(rows: 30, columns: 50)
        let marked = (0..<canvas.rows).filter { canvas[$0, 0].text == "▌" }
        #expect(marked.map { canvas.text(row: $0) }.last?.contains("└") == true)
        #expect(marked.map { canvas.text(row: $0) }.contains { $0.contains("│ plain") })
        #expect(!marked.map { canvas.text(row: $0) }.contains { $0.contains("print(1)") })
        #expect(canvas.text(row: 29).hasPrefix(" ▌ select"))
        #expect(cursor == nil, "no input cursor while selecting")
        state.press(.escape)
        #expect(state.selection == nil)
        #expect(state.canvas(rows: 30, columns: 50).0.text(row: 29).hasPrefix(" ● ready"))
    }

    @Test func theSelectionIsScrolledIntoView() {
        var state = AppState.connected()
        for turn in 1...6 {
            state.type("prompt \(turn)")
            state.press(.enter)
            state.stream(.content((1...8).map { "line \($0) of \(turn)" }.joined(separator: "\n")))
            state.stream(.done(ChatCounters()))
        }
        _ = state.screen(rows: 14, columns: 40)
        state.press(.function(6))
        state.press(.home)
        #expect(state.screen(rows: 14, columns: 40).contains("▌  prompt 1"))
        state.press(.pageDown)
        state.press(.pageDown)
        let screen = state.screen(rows: 14, columns: 40)
        #expect(!screen.contains { $0.hasSuffix("  prompt 1") })
        let selected = state.selection
        #expect(selected != nil)
        #expect(screen.contains { $0.hasPrefix("▌") }, "the highlight is on screen")
    }

    @Test func sAsksForAPathAndEnterAsksTheRuntimeToSave() {
        var state = answered()
        state.press(.function(6))
        state.press(.character("s"))
        state.type("~/out.txt")
        state.press(.backspace, .backspace, .backspace)
        state.type("md")
        #expect(state.press(.enter) == [.save(text: "plain", path: "~/out.md", overwrite: false)])
        _ = state.update(.saveFinished(.exists))
        if case .confirmOverwrite? = state.overlay {} else { Issue.record("no question before overwriting") }
        #expect(state.press(.enter) == [.save(text: "plain", path: "~/out.md", overwrite: true)])
        _ = state.update(.saveFinished(.saved(message: "Saved")))
        #expect(state.selection?.codeBlock == 1, "back in select mode")
        #expect(state.screen(rows: 30, columns: 60).last?.contains("Saved") == true)
    }

    @Test func aFailedSaveKeepsThePathToCorrect() {
        var state = answered()
        state.press(.function(6))
        state.press(.character("s"))
        state.type("/nowhere/x")
        state.press(.enter)
        _ = state.update(.saveFinished(.failed(message: "No such directory")))
        if case .savePrompt(let prompt)? = state.overlay {
            #expect(prompt.path.text == "/nowhere/x")
        } else {
            Issue.record("the prompt closed")
        }
        state.press(.escape)
        #expect(state.selection != nil, "Esc goes back to select mode")
    }

    @Test func eOpensTheSelectionInTheEditorWithItsLanguage() {
        var state = answered()
        state.press(.function(6))
        state.press(.up)
        #expect(state.press(.character("e")) == [.openInEditor(text: "print(1)", fileExtension: ".py")])
        state.press(.up)
        #expect(state.press(.character("e")) == [.openInEditor(text: Self.answer, fileExtension: ".md")])
    }

    @Test func mShowsTheSelectedAnswersSourceAndSpaceFoldsItsThinking() {
        var state = answered()
        #expect(!state.screen(rows: 30, columns: 50).contains("   ```python"))
        state.press(.function(6))
        state.press(.character("m"))
        #expect(state.screen(rows: 30, columns: 50).contains("▌  ```python"))
        state.press(.character("m"))
        #expect(!state.screen(rows: 30, columns: 50).contains { $0.hasSuffix("```python") })
        state.press(.up)
        #expect(state.screen(rows: 30, columns: 50).contains { $0.contains("▸ Thought") })
        state.press(.character(" "))
        let unfolded = state.screen(rows: 30, columns: 50)
        #expect(unfolded.contains { $0.contains("▾ Thought") })
        #expect(unfolded.contains { $0.contains("Two blocks.") })
    }

    @Test func withNothingToSelectF6SaysSo() {
        var state = AppState.connected()
        state.press(.function(6))
        #expect(state.selection == nil)
        #expect(state.screen().last?.contains("Nothing to select") == true)
    }
}
