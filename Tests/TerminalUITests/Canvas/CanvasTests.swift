import Testing

@testable import TerminalUI

/// Checks the wide-character invariants of a canvas; returns a description of the first violation.
func canvasInvariantViolation(_ canvas: Canvas) -> String? {
    for row in 0..<canvas.rows {
        for column in 0..<canvas.columns {
            let cell = canvas[row, column]
            switch cell.width {
            case 2:
                guard column + 1 < canvas.columns, canvas[row, column + 1].isContinuation else {
                    return "wide cell without continuation at \(row),\(column)"
                }
                guard CellWidth.of(cell.text) == 2 else {
                    return "width-2 cell holds \(cell.text.debugDescription) at \(row),\(column)"
                }
            case 1:
                guard CellWidth.of(cell.text) == 1, cell.text.count == 1 else {
                    return "width-1 cell holds \(cell.text.debugDescription) at \(row),\(column)"
                }
            case 0:
                guard column > 0, canvas[row, column - 1].width == 2, cell.text.isEmpty else {
                    return "orphan continuation at \(row),\(column)"
                }
            default:
                return "bad width \(cell.width) at \(row),\(column)"
            }
        }
    }
    return nil
}

/// Tests for `Canvas` and `Cell`.
struct CanvasTests {
    @Test func newCanvasIsBlank() {
        let canvas = Canvas(rows: 3, columns: 4)
        #expect(canvas.rows == 3 && canvas.columns == 4)
        #expect(canvas.lines == ["", "", ""])
        #expect(canvas[1, 2] == Cell.blank(.normal))
        #expect(canvas[1, 2].text == " " && canvas[1, 2].width == 1)
    }

    @Test func putWritesAndReportsColumns() {
        var canvas = Canvas(rows: 2, columns: 6)
        #expect(canvas.put("hi", row: 0, column: 1, role: .user) == 2)
        #expect(canvas.lines == [" hi", ""])
        #expect(canvas[0, 1] == Cell(text: "h", role: .user))
        #expect(canvas[0, 0].role == .normal)
        #expect(canvas[0, 3].role == .normal)
    }

    @Test func putClipsAtRightEdgeAndMaxWidth() {
        var canvas = Canvas(rows: 3, columns: 5)
        #expect(canvas.put("abcdefg", row: 0, column: 2, role: .normal) == 3)
        #expect(canvas.put("abcdef", row: 1, column: 0, role: .normal, maxWidth: 3) == 3)
        #expect(canvas.put("abcdef", row: 2, column: 1, role: .normal, maxWidth: 0) == 0)
        #expect(canvas.put("abcdef", row: 2, column: 1, role: .normal, maxWidth: -4) == 0)
        #expect(canvas.lines == ["  abc", "abc", ""])
        #expect(canvas.put("xy", row: 2, column: 3, role: .normal, maxWidth: Int.max) == 2)
        #expect(canvas.lines[2] == "   xy")
    }

    @Test func wideGraphemesUseTwoCells() {
        var canvas = Canvas(rows: 1, columns: 6)
        #expect(canvas.put("日本x", row: 0, column: 0, role: .assistant) == 5)
        #expect(canvas[0, 0] == Cell(text: "日", role: .assistant, width: 2))
        #expect(canvas[0, 1] == Cell(text: "", role: .assistant, width: 0))
        #expect(canvas[0, 1].isContinuation)
        #expect(canvas[0, 2].text == "本")
        #expect(canvas[0, 4].text == "x")
        #expect(canvas.text(row: 0) == "日本x")
        #expect(canvasInvariantViolation(canvas) == nil)
    }

    @Test func wideGraphemeCutByAnEdgeBecomesAPad() {
        var canvas = Canvas(rows: 3, columns: 5)
        #expect(canvas.put("ab日本", row: 0, column: 0, role: .user) == 5)
        #expect(canvas.lines[0] == "ab日")
        #expect(canvas[0, 4] == Cell.blank(.user))
        #expect(canvas.put("日本", row: 1, column: 0, role: .user, maxWidth: 3) == 3)
        #expect(canvas.lines[1] == "日")
        #expect(canvas[1, 2] == Cell.blank(.user))
        #expect(canvas[1, 3] == Cell.blank(.normal))
        #expect(canvas.put("日本", row: 2, column: -1, role: .user) == 3)
        #expect(canvas.lines[2] == " 本")
        #expect(canvas[2, 0] == Cell.blank(.user))
        #expect(canvasInvariantViolation(canvas) == nil)
    }

    @Test func negativeColumnsClipTheLeftPart() {
        var canvas = Canvas(rows: 1, columns: 4)
        #expect(canvas.put("abc", row: 0, column: -1, role: .normal) == 2)
        #expect(canvas.lines == ["bc"])
        #expect(canvas.put("abc", row: 0, column: -10, role: .normal) == 0)
        #expect(canvas.put("abc", row: 0, column: Int.min, role: .normal, maxWidth: Int.max) == 0)
        #expect(canvas.lines == ["bc"])
    }

    @Test func outOfRangeWritesAreIgnored() {
        var canvas = Canvas(rows: 2, columns: 3)
        let before = canvas
        #expect(canvas.put("x", row: -1, column: 0, role: .error) == 0)
        #expect(canvas.put("x", row: 2, column: 0, role: .error) == 0)
        #expect(canvas.put("x", row: 0, column: 3, role: .error) == 0)
        #expect(canvas.put("x", row: Int.max, column: Int.max, role: .error) == 0)
        #expect(canvas.put("x", row: Int.min, column: Int.min, role: .error) == 0)
        canvas.fill(row: 5, column: 0, width: 3, role: .error)
        canvas.fill(row: 0, column: 3, width: 3, role: .error)
        canvas.fill(row: 0, column: -5, width: 5, role: .error)
        canvas.fill(row: 0, column: 1, width: -2, role: .error)
        #expect(canvas == before)
        #expect(canvas[-1, 0] == Cell.blank())
        #expect(canvas[0, 99] == Cell.blank())
        #expect(canvas.text(row: -1) == "")
        #expect(canvas.text(row: 2) == "")
        #expect(canvas.cells(row: 7).isEmpty)
        #expect(canvas.cells(row: 1).count == 3)
    }

    @Test func degenerateCanvasesNeverCrash() {
        for (rows, columns) in [(0, 0), (0, 5), (5, 0), (-3, -3), (1, 1), (Int.min, Int.max)] {
            var canvas = Canvas(rows: rows, columns: columns)
            #expect(canvas.rows >= 0 && canvas.rows <= Canvas.maxDimension)
            #expect(canvas.columns >= 0 && canvas.columns <= Canvas.maxDimension)
            canvas.put("日本 text", row: 0, column: 0, role: .normal)
            canvas.put("x", row: Int.min, column: Int.max, role: .normal, maxWidth: Int.min)
            canvas.fill(row: 0, column: Int.min, width: Int.max, role: .dim)
            canvas.fill(row: 0, column: Int.max, width: Int.max, role: .dim)
            canvas.box(top: Int.min, left: Int.min, height: Int.max, width: Int.max, role: .pickerBorder)
            canvas.box(top: Int.max, left: Int.max, height: Int.max, width: Int.max, role: .pickerBorder)
            canvas.box(top: -1, left: -1, height: 3, width: 3, role: .pickerBorder)
            canvas.clear(role: .dim)
            _ = canvas.diff(from: Canvas(rows: 2, columns: 2))
            #expect(canvas.lines.count == canvas.rows)
            #expect(canvasInvariantViolation(canvas) == nil)
        }
        let empty = Canvas(rows: 0, columns: 0)
        #expect(empty.lines == [])
        #expect(empty.diff(from: empty).isEmpty)
        #expect(empty[0, 0] == Cell.blank())
    }

    @Test func oneColumnCanvasPadsWideGraphemes() {
        var canvas = Canvas(rows: 1, columns: 1)
        #expect(canvas.put("日", row: 0, column: 0, role: .user) == 1)
        #expect(canvas[0, 0] == Cell.blank(.user))
        #expect(canvasInvariantViolation(canvas) == nil)
    }

    @Test func overwritingHalfOfAWideGraphemeBlanksTheOtherHalf() {
        var canvas = Canvas(rows: 3, columns: 6)
        canvas.put("日", row: 0, column: 0, role: .assistant)
        canvas.put("x", row: 0, column: 1, role: .user)
        #expect(canvas[0, 0] == Cell.blank(.assistant))
        #expect(canvas.lines[0] == " x")

        canvas.put("日", row: 1, column: 0, role: .assistant)
        canvas.put("x", row: 1, column: 0, role: .user)
        #expect(canvas[1, 1] == Cell.blank(.assistant))
        #expect(canvas.lines[1] == "x")

        canvas.put("日本", row: 2, column: 0, role: .assistant)
        canvas.put("中", row: 2, column: 1, role: .user)
        #expect(canvas.lines[2] == " 中")
        #expect(canvas[2, 3] == Cell.blank(.assistant))
        #expect(canvasInvariantViolation(canvas) == nil)

        canvas.fill(row: 2, column: 2, width: 1, role: .dim)
        #expect(canvas[2, 1] == Cell.blank(.user))
        #expect(canvas[2, 2] == Cell.blank(.dim))
        #expect(canvasInvariantViolation(canvas) == nil)
    }

    @Test func graphemesAreNeverSplitAndControlsAreSkipped() {
        var canvas = Canvas(rows: 2, columns: 10)
        #expect(canvas.put("e\u{301}👨‍👩‍👧a", row: 0, column: 0, role: .normal) == 4)
        #expect(canvas[0, 0].text == "e\u{301}")
        #expect(canvas[0, 1].text == "👨‍👩‍👧")
        #expect(canvas[0, 3].text == "a")
        #expect(canvas.put("a\u{1B}[2Jb\nc\u{200B}d\r\n", row: 1, column: 0, role: .normal) == 7)
        #expect(canvas.lines[1] == "a[2Jbcd")
        let allText = (0..<2).flatMap { row in (0..<10).map { canvas[row, $0].text } }.joined()
        #expect(!allText.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }

    @Test func fillPaintsCells() {
        var canvas = Canvas(rows: 1, columns: 5)
        canvas.put("abcde", row: 0, column: 0, role: .normal)
        canvas.fill(row: 0, column: 1, width: 2, role: .statusBar)
        #expect(canvas.lines == ["a  de"])
        #expect(canvas[0, 1] == Cell.blank(.statusBar))
        #expect(canvas[0, 2] == Cell.blank(.statusBar))
        #expect(canvas[0, 3].role == .normal)
        canvas.fill(row: 0, column: 3, width: Int.max, role: .statusBar)
        #expect(canvas.lines == ["a"])
        #expect(canvas[0, 4].role == .statusBar)
    }

    @Test func clearResetsEveryCell() {
        var canvas = Canvas(rows: 2, columns: 3)
        canvas.put("日x", row: 1, column: 0, role: .user)
        canvas.clear(role: .help)
        #expect(canvas.lines == ["", ""])
        for row in 0..<2 {
            for column in 0..<3 {
                #expect(canvas[row, column] == Cell.blank(.help))
            }
        }
    }

    @Test func boxDrawsASingleLineFrame() {
        var canvas = Canvas(rows: 5, columns: 8)
        canvas.put("inside", row: 1, column: 1, role: .pickerItem)
        canvas.box(top: 0, left: 0, height: 4, width: 6, role: .pickerBorder)
        #expect(
            canvas.lines == [
                "┌────┐",
                "│insi│e",
                "│    │",
                "└────┘",
                "",
            ])
        #expect(canvas[0, 0].role == .pickerBorder)
        #expect(canvas[1, 1].role == .pickerItem)
    }

    @Test func smallAndClippedBoxes() {
        var canvas = Canvas(rows: 3, columns: 4)
        canvas.box(top: 0, left: 0, height: 2, width: 2, role: .pickerBorder)
        canvas.box(top: 0, left: 3, height: 1, width: 5, role: .pickerBorder)
        canvas.box(top: 2, left: 2, height: 0, width: 0, role: .pickerBorder)
        #expect(canvas.lines == ["┌┐", "└┘", ""])

        var clipped = Canvas(rows: 3, columns: 4)
        clipped.box(top: -1, left: 1, height: 3, width: 10, role: .pickerBorder)
        #expect(clipped.lines == [" │", " └──", ""])

        var overWide = Canvas(rows: 2, columns: 4)
        overWide.put("日本", row: 0, column: 0, role: .normal)
        overWide.box(top: 0, left: 1, height: 2, width: 2, role: .pickerBorder)
        #expect(overWide.lines == [" ┌┐", " └┘"])
        #expect(canvasInvariantViolation(overWide) == nil)
    }

    @Test func textTrimsOnlyTrailingSpaces() {
        var canvas = Canvas(rows: 1, columns: 10)
        canvas.put(" a  b", row: 0, column: 1, role: .normal)
        #expect(canvas.text(row: 0) == "  a  b")
    }

    @Test func diffReportsChangedSpans() {
        var previous = Canvas(rows: 3, columns: 10)
        previous.put("hello", row: 0, column: 0, role: .normal)
        var current = previous
        #expect(current.diff(from: previous).isEmpty)

        current.put("J", row: 0, column: 0, role: .normal)
        current.put("XY", row: 0, column: 3, role: .normal)
        current.put("z", row: 2, column: 9, role: .normal)
        let changes = current.diff(from: previous)
        #expect(changes.map(\.row) == [0, 0, 2])
        #expect(changes.map(\.range) == [0..<1, 3..<5, 9..<10])
    }

    @Test func diffCountsRoleChangesAndKeepsWideGraphemesWhole() {
        var previous = Canvas(rows: 2, columns: 6)
        previous.put("ab日", row: 0, column: 0, role: .normal)
        var current = previous
        current.put("日", row: 0, column: 2, role: .user)  // same text, new role
        current.put("x", row: 1, column: 2, role: .normal)
        let changes = current.diff(from: previous)
        #expect(changes.map(\.row) == [0, 1])
        #expect(changes.map(\.range) == [2..<4, 2..<3])

        // Only the lead cell differs (the continuation cells are equal): the span still
        // covers both halves so a backend never writes half of a wide grapheme.
        var half = previous
        half.put("中", row: 0, column: 2, role: .normal)
        let halfChanges = half.diff(from: previous)
        #expect(halfChanges.map(\.range) == [2..<4])

        // A new wide grapheme whose lead equals the old cell still ships whole.
        var shifted = Canvas(rows: 1, columns: 4)
        shifted.put("ab", row: 0, column: 0, role: .normal)
        var next = shifted
        next.put("中", row: 0, column: 1, role: .normal)
        #expect(next.diff(from: shifted).map(\.range) == [1..<3])
    }

    @Test func diffAgainstDifferentSizeRepaintsEverything() {
        let small = Canvas(rows: 1, columns: 2)
        let big = Canvas(rows: 2, columns: 3)
        let changes = big.diff(from: small)
        #expect(changes.map(\.row) == [0, 1])
        #expect(changes.map(\.range) == [0..<3, 0..<3])
    }

    @Test func applyingTheDiffReproducesTheScreen() {
        var random = SplitMix64(seed: 99)
        // A 25-byte and a 15-byte cluster: one kept beside the cells, one packed in its cell.
        let pieces = ["a", "日本", "👍", "xyz", " ", "e\u{301}", "中", "👨‍👩‍👧‍👦", "👩🏽‍💻"]
        var previous = Canvas(rows: 4, columns: 9)
        for _ in 0..<200 {
            var current = previous
            for _ in 0..<random.next(in: 1...4) {
                let text = pieces[random.next(below: pieces.count)]
                let role = StyleRole.allCases[random.next(below: StyleRole.allCases.count)]
                current.put(
                    text, row: random.next(in: -1...4), column: random.next(in: -2...9), role: role,
                    maxWidth: random.next(below: 3) == 0 ? random.next(in: -1...4) : nil)
                if random.next(below: 5) == 0 {
                    current.fill(
                        row: random.next(in: 0...3), column: random.next(in: -1...8),
                        width: random.next(in: 0...4), role: role)
                }
                if random.next(below: 7) == 0 {
                    current.box(
                        top: random.next(in: -1...3), left: random.next(in: -1...8),
                        height: random.next(in: 0...5), width: random.next(in: 0...9), role: role)
                }
            }
            #expect(canvasInvariantViolation(current) == nil)
            // A backend that repaints only the diff spans must end with `current`.
            var screen = previous
            for change in current.diff(from: previous) {
                let lead = current[change.row, change.range.lowerBound]
                #expect(!lead.isContinuation)
                let last = current[change.row, change.range.upperBound - 1]
                #expect(last.width != 2)
                for column in change.range where !current[change.row, column].isContinuation {
                    let cell = current[change.row, column]
                    screen.put(cell.text, row: change.row, column: column, role: cell.role)
                }
            }
            #expect(screen == current)
            previous = current
        }
    }

    @Test func longClustersAreKeptComparedAndForgotten() {
        let family = "👨‍👩‍👧‍👦"
        var previous = Canvas(rows: 1, columns: 6)
        previous.put(family, row: 0, column: 1, role: .normal)
        #expect(previous[0, 1] == Cell(text: family, role: .normal, width: 2))
        var current = previous
        #expect(current.diff(from: previous).isEmpty)
        current.put("👨‍👩‍👧", row: 0, column: 1, role: .normal)
        #expect(current[0, 1].text == "👨‍👩‍👧")
        #expect(current.diff(from: previous).map(\.range) == [1..<3])
        #expect(current != previous)
        // Overwriting either half forgets the cluster.
        current.put("x", row: 0, column: 2, role: .normal)
        #expect(current[0, 1] == Cell.blank())
        current.put(family, row: 0, column: 3, role: .normal)
        current.clear()
        #expect(current == Canvas(rows: 1, columns: 6))
    }
}
