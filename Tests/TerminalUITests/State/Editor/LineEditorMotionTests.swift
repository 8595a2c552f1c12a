import Testing

@testable import TerminalUI

/// Cursor motion of `LineEditor`.
@Suite struct LineEditorMotionTests {
    @Test func homeAndEndUseTheCurrentLogicalLine() {
        var e = LineEditor(text: "first\nsecond\nthird")
        e.cursor = 9
        e.moveToLineStart()
        #expect(e.cursor == 6)
        e.moveToLineStart()
        #expect(e.cursor == 6)
        e.moveToLineEnd()
        #expect(e.cursor == 12)
        e.moveToLineEnd()
        #expect(e.cursor == 12)
        e.cursor = e.count
        e.moveToLineStart()
        #expect(e.cursor == 13)
        e.cursor = 0
        #expect(e.cursor == 0)
    }

    @Test func wordMotionFollowsReadline() {
        var e = LineEditor(text: "foo-bar  baz_qux")
        e.moveWordLeft()
        #expect(e.cursor == 13)  // before "qux" ('_' is not a word character)
        e.moveWordLeft()
        #expect(e.cursor == 9)
        e.moveWordLeft()
        #expect(e.cursor == 4)
        e.moveWordLeft()
        #expect(e.cursor == 0)
        e.moveWordLeft()
        #expect(e.cursor == 0)
        e.moveWordRight()
        #expect(e.cursor == 3)
        e.moveWordRight()
        #expect(e.cursor == 7)
        e.moveWordRight()
        #expect(e.cursor == 12)
        e.moveWordRight()
        e.moveWordRight()
        #expect(e.cursor == 16)
    }

    @Test func wordMotionIsUnicodeAware() {
        var e = LineEditor(text: "ça ne\u{301}e, 日本語 42!")
        e.cursor = 0
        e.moveWordRight()
        #expect(e.cursor == 2)
        e.moveWordRight()
        #expect(e.cursor == 6)  // "née" is one word of 3 graphemes
        e.moveWordRight()
        #expect(e.cursor == 11)
        e.moveWordRight()
        #expect(e.cursor == 14)
        e.moveWordLeft()
        #expect(e.cursor == 12)
    }

    @Test func upAndDownMoveBetweenLogicalLinesKeepingTheColumn() {
        var e = LineEditor(text: "abcdef\nxy\n123456")
        let r1 = e.moveUp()
        #expect(r1)
        #expect(e.cursor == 9)  // end of "xy"
        let r2 = e.moveUp()
        #expect(r2)
        #expect(e.cursor == 6)  // goal column 6 remembered
        let r3 = e.moveUp()
        #expect(!r3)
        #expect(e.cursor == 6)
        let r4 = e.moveDown()
        #expect(r4)
        let r5 = e.moveDown()
        #expect(r5)
        #expect(e.cursor == 16)
        let r6 = e.moveDown()
        #expect(!r6)
    }

    @Test func singleLineTextHasNoVerticalMotion() {
        var e = LineEditor(text: "hello")
        let r7 = e.moveUp()
        #expect(!r7)
        let r8 = e.moveDown()
        #expect(!r8)
        #expect(e.cursor == 5)
        var empty = LineEditor()
        let r9 = empty.moveUp()
        #expect(!r9)
        let r10 = empty.moveDown()
        #expect(!r10)
    }

    @Test func verticalMotionAccountsForWideCharacters() {
        var e = LineEditor(text: "日本語\nabcdef")
        e.cursor = 7  // column 3 on the second line
        let r11 = e.moveUp()
        #expect(r11)
        #expect(e.cursor == 1)  // column 2; column 3 would split "本"
    }

    @Test func upAndDownCanMoveBetweenWrappedRows() {
        var e = LineEditor(text: "abcdefghij")
        e.cursor = 7
        let r12 = e.moveUp(width: 4)
        #expect(r12)
        #expect(e.cursor == 3)
        let r13 = e.moveUp(width: 4)
        #expect(!r13)
        let r14 = e.moveDown(width: 4)
        #expect(r14)
        let r15 = e.moveDown(width: 4)
        #expect(r15)
        #expect(e.cursor == 10)  // "ij" row is shorter
        let r16 = e.moveDown(width: 4)
        #expect(!r16)
    }

    @Test func otherMotionResetsTheGoalColumn() {
        var e = LineEditor(text: "abcdef\nx\nabcdef")
        let r17 = e.moveUp()
        #expect(r17)
        #expect(e.cursor == 8)
        e.moveLeft()
        let r18 = e.moveUp()
        #expect(r18)
        #expect(e.cursor == 0)
    }
}
