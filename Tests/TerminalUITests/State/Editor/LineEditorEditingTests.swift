import Testing

@testable import TerminalUI

/// Editing operations of `LineEditor`.
@Suite struct LineEditorEditingTests {
    @Test func typingInsertsAtCursor() {
        var e = LineEditor()
        #expect(e.isEmpty)
        e.insert("helo")
        e.moveLeft()
        e.insert("l")
        #expect(e.text == "hello")
        #expect(e.cursor == 4)
        #expect(!e.isEmpty)
    }

    @Test func pasteKeepsNewlinesAndNormalizesCarriageReturns() {
        var e = LineEditor()
        e.insert("a\r\nb\rc\nd")
        #expect(e.text == "a\nb\nc\nd")
        #expect(e.cursor == 7)
        e.insertNewline()
        #expect(e.text == "a\nb\nc\nd\n")
    }

    @Test func combiningMarkMergesWithItsBase() {
        var e = LineEditor()
        e.insert("e")
        e.insert("\u{301}")
        #expect(e.count == 1)
        #expect(e.text == "\u{E9}")
        #expect(e.cursor == 1)
    }

    @Test func backspaceAndDeleteRemoveWholeGraphemes() {
        var e = LineEditor(text: "a🇫🇷e\u{301}b")
        #expect(e.count == 4)
        e.moveLeft()
        e.backspace()
        #expect(e.text == "a🇫🇷b")
        e.moveToLineStart()
        e.backspace()
        #expect(e.text == "a🇫🇷b")
        e.deleteForward()
        e.deleteForward()
        #expect(e.text == "b")
        e.moveToLineEnd()
        e.deleteForward()
        #expect(e.text == "b")
    }

    @Test func deletingANewlineJoinsLines() {
        var e = LineEditor(text: "ab\ncd")
        e.cursor = 3
        e.backspace()
        #expect(e.text == "abcd")
        #expect(e.cursor == 2)
    }

    @Test func deleteWordBackwardStopsAtWhitespace() {
        var e = LineEditor(text: "git commit -m foo-bar  ")
        e.deleteWordBackward()
        #expect(e.text == "git commit -m ")
        #expect(e.killBuffer == "foo-bar  ")
        e.deleteWordBackward()
        #expect(e.text == "git commit ")
        e.cursor = 3
        e.deleteWordBackward()
        #expect(e.text == " commit ")
        #expect(e.cursor == 0)
        e.deleteWordBackward()
        #expect(e.text == " commit ")
    }

    @Test func deleteWordForwardKillsToWordEnd() {
        var e = LineEditor(text: "say, hello world")
        e.cursor = 3
        e.deleteWordForward()
        #expect(e.text == "say world")
        #expect(e.killBuffer == ", hello")
    }

    @Test func killToLineStartAndEndWorkOnTheCurrentLine() {
        var e = LineEditor(text: "one\ntwo three\nfour")
        e.cursor = 7  // after "two"
        e.killToLineStart()
        #expect(e.text == "one\n three\nfour")
        #expect(e.cursor == 4)
        e.killToLineEnd()
        #expect(e.text == "one\n\nfour")
        #expect(e.killBuffer == " three")
        e.yank()
        #expect(e.text == "one\n three\nfour")
        #expect(e.cursor == 10)
    }

    @Test func killsAtLineBoundariesJoinLines() {
        var e = LineEditor(text: "ab\ncd")
        e.cursor = 2
        e.killToLineEnd()
        #expect(e.text == "abcd")
        e.text = "ab\ncd"
        e.cursor = 3
        e.killToLineStart()
        #expect(e.text == "abcd")
        #expect(e.cursor == 2)
        e.cursor = 0
        e.killToLineStart()
        #expect(e.text == "abcd")
    }

    @Test func clearEmptiesTheText() {
        var e = LineEditor(text: "x\ny")
        e.clear()
        #expect(e.isEmpty)
        #expect(e.text == "")
        #expect(e.cursor == 0)
    }

    @Test func cursorIsClamped() {
        var e = LineEditor(text: "abc")
        e.cursor = 99
        #expect(e.cursor == 3)
        e.cursor = -5
        #expect(e.cursor == 0)
        e.moveLeft()
        #expect(e.cursor == 0)
    }

    @Test func editingAHugePasteStaysFast() {
        var line = String(repeating: "lorem ipsum dolor ", count: 4)
        line += "\n"
        var e = LineEditor()
        let paste = String(repeating: line, count: 100_000 / line.count + 1)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            e.insert(paste)
            e.cursor = e.count / 2
            for _ in 0..<2_000 {
                e.insert("x")
                e.moveWordLeft()
                e.moveWordRight()
                e.backspace()
                e.moveLeft()
                e.moveRight()
                e.moveToLineStart()
                e.moveToLineEnd()
                e.deleteForward()
                e.insert("\n")
            }
            for _ in 0..<20 {
                _ = e.layout(width: 80, maxRows: 10)
                _ = e.moveUp()
                _ = e.moveDown(width: 80)
            }
        }
        #expect(e.count > 100_000)
        #expect(elapsed < .seconds(20))
    }
}
