import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// Ctrl-R: finding words in the open chat, marked, counted and scrolled to.
struct FindTests {
    func chat() -> AppState {
        var state = AppState.connected()
        for turn in 1...8 {
            state.type("question \(turn)")
            state.press(.enter)
            state.stream(.content(turn % 3 == 0 ? "The Walrus answer \(turn)" : "plain answer \(turn)"))
            state.stream(.done(ChatCounters()))
        }
        _ = state.update(.resize(rows: 14, columns: 50))
        return state
    }

    @Test func typingFindsTheNewestMatchAndCountsThem() {
        var state = chat()
        state.press(.control("r"))
        state.type("walrus")
        #expect(state.findBar?.matches.count == 2)
        let screen = state.screen(rows: 14, columns: 50)
        #expect(screen.contains { $0.contains("The Walrus answer 6") })
        #expect(screen.contains { $0.hasPrefix("Find: walrus") && $0.hasSuffix("2/2") })
    }

    @Test func upGoesToTheMatchBeforeAndTheWordsAreMarked() {
        var state = chat()
        state.press(.control("r"))
        state.type("WALRUS")
        state.press(.up)
        let (canvas, cursor) = state.canvas(rows: 14, columns: 50)
        let row = (0..<canvas.rows).first { canvas.text(row: $0).contains("The Walrus answer 3") }
        #expect(row != nil, "scrolled to the match before")
        if let row {
            #expect(roles(canvas, row: row).contains("??????"), "the word is marked")
            #expect(canvas[row, 0].text == "▌", "the current match has the bar")
        }
        #expect(canvas.text(row: 12).hasSuffix("1/2"))
        #expect(cursor?.row == 12)
        state.press(.down)
        #expect(state.findBar?.current == 1)
    }

    @Test func escLeavesTheViewWhereItIs() {
        var state = chat()
        state.press(.control("r"))
        state.type("answer 3")
        let anchor = state.scrollAnchor
        state.press(.escape)
        #expect(state.findBar == nil)
        #expect(state.scrollAnchor == anchor)
        #expect(state.screen(rows: 14, columns: 50).contains { $0.contains("answer 3") })
    }

    @Test func nothingFoundSaysSo() {
        var state = chat()
        state.press(.control("r"))
        state.type("zebra")
        #expect(state.screen(rows: 14, columns: 50).contains { $0.hasSuffix("no match") })
    }
}
