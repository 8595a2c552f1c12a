import Testing

@testable import TerminalUI

/// `LineEditor.layout(width:maxRows:)`.
@Suite struct LineEditorLayoutTests {
    @Test func emptyTextIsOneEmptyRow() {
        var e = LineEditor()
        let l = e.layout(width: 10, maxRows: 3)
        #expect(l.rows == [""])
        #expect(l.cursorRow == 0)
        #expect(l.cursorColumn == 0)
        #expect(rowCount(e, width: 10) == 1)
        let tiny = e.layout(width: 1, maxRows: 1)
        #expect(tiny.rows == [""])
    }

    @Test func wrapsByCharacters() {
        var e = LineEditor(text: "abcdef")
        let l = e.layout(width: 4, maxRows: 5)
        #expect(l.rows == ["abcd", "ef"])
        #expect(l.cursorRow == 1)
        #expect(l.cursorColumn == 2)
        e.cursor = 4
        let atWrap = e.layout(width: 4, maxRows: 5)
        #expect(atWrap.cursorRow == 1)
        #expect(atWrap.cursorColumn == 0)
    }

    @Test func cursorAtTheEndOfAFullRowStartsTheNextRow() {
        var e = LineEditor(text: "abcd")
        let l = e.layout(width: 4, maxRows: 5)
        #expect(l.rows == ["abcd", ""])
        #expect(l.cursorRow == 1)
        #expect(l.cursorColumn == 0)
        #expect(rowCount(e, width: 4) == 2)
        e.cursor = 3
        #expect(rowCount(e, width: 4) == 1)
        let r1 = e.layout(width: 4, maxRows: 5)
        #expect(r1.rows == ["abcd"])
    }

    @Test func cursorBeforeANewlineAfterAFullRowGetsItsOwnRow() {
        var e = LineEditor(text: "abcd\nx")
        e.cursor = 4
        let l = e.layout(width: 4, maxRows: 5)
        #expect(l.rows == ["abcd", "", "x"])
        #expect(l.cursorRow == 1)
        #expect(l.cursorColumn == 0)
    }

    @Test func newlinesStartRows() {
        var e = LineEditor(text: "a\n\nbc\n")
        let l = e.layout(width: 10, maxRows: 10)
        #expect(l.rows == ["a", "", "bc", ""])
        #expect(l.cursorRow == 3)
        #expect(l.cursorColumn == 0)
        e.cursor = 4
        let mid = e.layout(width: 10, maxRows: 10)
        #expect(mid.cursorRow == 2)
        #expect(mid.cursorColumn == 1)
    }

    @Test func wideCharacterThatDoesNotFitMovesToTheNextRow() {
        var e = LineEditor(text: "abc日本")
        let l = e.layout(width: 4, maxRows: 5)
        #expect(l.rows == ["abc", "日本", ""])
        #expect(l.cursorRow == 2)
        #expect(l.cursorColumn == 0)
        e.cursor = 3
        let before = e.layout(width: 4, maxRows: 5)
        #expect(before.cursorRow == 1)
        #expect(before.cursorColumn == 0)
    }

    @Test func zeroWidthAndCombiningCharactersTakeNoColumns() {
        var e = LineEditor(text: "e\u{301}x")
        let l = e.layout(width: 2, maxRows: 5)
        #expect(l.rows == ["e\u{301}x", ""])
        #expect(rowCount(e, width: 2) == 2)
    }

    @Test func widthOneIsTotal() {
        var e = LineEditor(text: "a日\n")
        let l = e.layout(width: 1, maxRows: 10)
        #expect(l.rows == ["a", "?", ""])
        #expect(l.cursorRow == 2)
        for width in [0, -7] {
            let r2 = e.layout(width: width, maxRows: 10)
            #expect(r2.rows == l.rows)
        }
    }

    @Test func controlCharactersAreShownSafely() {
        var e = LineEditor(text: "a\tb\u{1B}[1m\u{7F}")
        let l = e.layout(width: 20, maxRows: 2)
        #expect(l.rows == ["a       b\u{241B}[1m\u{2421}"])
        #expect(l.cursorColumn == 14)
        #expect(e.text == "a\tb\u{1B}[1m\u{7F}")
    }

    @Test func tabsExpandToTheNextTabStopOfTheRow() {
        var e = LineEditor(text: "a\tb")
        let l = e.layout(width: 20, maxRows: 2)
        #expect(l.rows == ["a       b"])
        #expect(l.cursorColumn == 9)
        e.cursor = 2
        #expect(e.layout(width: 20, maxRows: 2).cursorColumn == 8, "after the tab: at the tab stop")
        e.cursor = 1
        #expect(e.layout(width: 20, maxRows: 2).cursorColumn == 1, "on the tab: where it starts")

        var atStop = LineEditor(text: "abcdefgh\tx")
        #expect(atStop.layout(width: 20, maxRows: 2).rows == ["abcdefgh        x"])
        var lines = LineEditor(text: "ab\n\tc\t")
        let both = lines.layout(width: 20, maxRows: 3)
        #expect(both.rows == ["ab", "        c       "])
        #expect(both.cursorRow == 1)
        #expect(both.cursorColumn == 16)
    }

    @Test func aTabStopsAtTheRowEndAndStopsAreCountedPerRow() {
        // Near the right edge a tab fills the row; the next character starts the next row.
        var e = LineEditor(text: "abcdefghij\tx")
        let l = e.layout(width: 12, maxRows: 3)
        #expect(l.rows == ["abcdefghij  ", "x"])
        #expect(l.cursorRow == 1)
        #expect(l.cursorColumn == 1)
        e.cursor = 11
        let afterTab = e.layout(width: 12, maxRows: 3)
        #expect(afterTab.cursorRow == 1)
        #expect(afterTab.cursorColumn == 0)
        // A tab at the start of a continuation row goes to that row's first stop.
        var f = LineEditor(text: "abcdefghijkl\tx")
        #expect(f.layout(width: 12, maxRows: 3).rows == ["abcdefghijkl", "        x"])
        // A tab never makes a row wider than the width, even a narrow one.
        var g = LineEditor(text: "\t\tx")
        #expect(g.layout(width: 5, maxRows: 3).rows == ["     ", "     ", "x"])
    }

    @Test func upAndDownKeepTheGoalColumnAcrossTabs() {
        var e = LineEditor(text: "a\tb\nabcdef")
        // From column 6 up: the tab covers columns 1–7, so the cursor stops before it.
        let movedEUp = e.moveUp()
        #expect(movedEUp)
        #expect(e.cursor == 1)
        #expect(e.layout(width: 20, maxRows: 2).cursorColumn == 1)
        let movedEDown = e.moveDown()
        #expect(movedEDown)
        #expect(e.cursor == e.count, "the goal column (6) is kept")

        var f = LineEditor(text: "\tx\nabcdefghij")
        let movedFUp = f.moveUp()
        #expect(movedFUp)
        #expect(f.cursor == 2, "the end of `\\tx` is column 9, the nearest to 10")
        let movedFDown = f.moveDown()
        #expect(movedFDown)
        #expect(f.cursor == f.count)
        // Between display rows too: from "x" (column 8 after the tab) down to column 8.
        var g = LineEditor(text: "\txyzabcdefghijklm")
        g.cursor = 1
        let movedGDown = g.moveDown(width: 10)
        #expect(movedGDown)
        #expect(g.layout(width: 10, maxRows: 3).cursorColumn == 8)
    }

    @Test func controlCharactersLookAsTheyWillInTheTranscript() {
        let pasted = "x\u{1}y\u{85}z\u{7F}"
        var e = LineEditor(text: pasted)
        #expect(e.layout(width: 20, maxRows: 1).rows == [TextSanitizer.sanitize(pasted)])
    }

    @Test func scrollingKeepsTheCursorVisibleWithAStableWindow() {
        var e = LineEditor(text: (0..<10).map(String.init).joined(separator: "\n"))
        var l = e.layout(width: 5, maxRows: 3)
        #expect(l.rows == ["7", "8", "9"])
        #expect(l.cursorRow == 2)
        let r3 = e.moveUp()
        #expect(r3)
        l = e.layout(width: 5, maxRows: 3)
        #expect(l.rows == ["7", "8", "9"])
        #expect(l.cursorRow == 1)
        let r4 = e.moveUp()
        #expect(r4)
        let r5 = e.moveUp()
        #expect(r5)
        l = e.layout(width: 5, maxRows: 3)
        #expect(l.rows == ["6", "7", "8"])
        #expect(l.cursorRow == 0)
        let r6 = e.moveDown()
        #expect(r6)
        l = e.layout(width: 5, maxRows: 3)
        #expect(l.rows == ["6", "7", "8"])
        #expect(l.cursorRow == 1)
        let r7 = e.moveDown()
        #expect(r7)
        let r8 = e.moveDown()
        #expect(r8)
        l = e.layout(width: 5, maxRows: 3)
        #expect(l.rows == ["7", "8", "9"])
        #expect(l.cursorRow == 2)
        e.cursor = 0
        l = e.layout(width: 5, maxRows: 1)
        #expect(l.rows == ["0"])
        #expect(rowCount(e, width: 5) == 10)
    }

    @Test func windowShrinksBackWhenTheTextShrinks() {
        var e = LineEditor(text: "1\n2\n3\n4")
        e.cursor = 0
        _ = e.layout(width: 5, maxRows: 2)
        e.cursor = e.count
        let r9 = e.layout(width: 5, maxRows: 2)
        #expect(r9.rows == ["3", "4"])
        e.text = "x"
        let l = e.layout(width: 5, maxRows: 2)
        #expect(l.rows == ["x"])
        #expect(l.cursorRow == 0)
    }

    @Test func randomEditsKeepLayoutInvariants() {
        var rng = SplitMix(seed: 42)
        let pieces = ["a", "b c", "日", "\n", "e\u{301}", "\u{200B}", "🇫🇷", "\t", "word ", "\r\n", "ab\ncd"]
        var e = LineEditor(history: PromptHistory(entries: ["h1", "h2\nx"]))
        for _ in 0..<3_000 {
            switch rng.next(below: 22) {
            case 0, 1, 2, 3: e.insert(pieces[rng.next(below: pieces.count)])
            case 4: e.backspace()
            case 5: e.deleteForward()
            case 6: e.moveLeft()
            case 7: e.moveRight()
            case 8: e.moveWordLeft()
            case 9: e.moveWordRight()
            case 10: e.deleteWordBackward()
            case 11: e.killToLineStart()
            case 12: e.killToLineEnd()
            case 13: _ = e.moveUp()
            case 14: _ = e.moveDown()
            case 15: _ = e.moveUp(width: rng.next(below: 6) - 1)
            case 16: _ = e.moveDown(width: rng.next(below: 6) - 1)
            case 17: _ = e.recallPrevious()
            case 18: _ = e.recallNext()
            case 19: e.moveToLineStart()
            case 20: e.moveToLineEnd()
            default: if rng.next(below: 10) == 0 { _ = e.submit() } else { e.yank() }
            }
            #expect(e.cursor >= 0 && e.cursor <= e.count)
            let width = rng.next(below: 8) - 1
            let maxRows = rng.next(below: 5) - 1
            let l = e.layout(width: width, maxRows: maxRows)
            let w = max(1, width)
            #expect(!l.rows.isEmpty && l.rows.count <= max(1, maxRows))
            #expect(l.rows.count == min(rowCount(e, width: width), max(1, maxRows)))
            #expect(l.cursorRow >= 0 && l.cursorRow < l.rows.count)
            #expect(l.cursorColumn >= 0 && l.cursorColumn < w)
            for row in l.rows {
                #expect(row.reduce(0) { $0 + CellWidth.of($1) } <= w)
                #expect(!row.contains("\n"))
            }
        }
        _ = e.layout(width: Int.max, maxRows: Int.max)
        _ = e.layout(width: Int.min, maxRows: Int.min)
    }
}

/// Small deterministic random generator for tests.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(1, bound)))
    }
}

/// Rows the whole text takes at `width` (plus a possible cursor-only row): the layout unbounded.
private func rowCount(_ editor: LineEditor, width: Int) -> Int {
    var copy = editor
    return copy.layout(width: width, maxRows: .max).rows.count
}
