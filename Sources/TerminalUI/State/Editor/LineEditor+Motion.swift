/// Cursor motion for `LineEditor`: characters, words, lines and rows.
extension LineEditor {
    /// Moves one character left (Left, Ctrl-B).
    mutating func moveLeft() {
        cursor = position - 1
    }

    /// Moves one character right (Right, Ctrl-F).
    mutating func moveRight() {
        cursor = position + 1
    }

    /// Moves to the start of the current logical line (Home, Ctrl-A).
    mutating func moveToLineStart() {
        cursor = lineStart(position)
    }

    /// Moves to the end of the current logical line (End, Ctrl-E).
    mutating func moveToLineEnd() {
        cursor = lineEnd(position)
    }

    /// Moves back to the start of the current or previous word (Alt-B); words are runs of
    /// letters and digits.
    mutating func moveWordLeft() {
        var i = position
        while i > 0 && !Self.isWordCharacter(chars[i - 1]) { i -= 1 }
        while i > 0 && Self.isWordCharacter(chars[i - 1]) { i -= 1 }
        cursor = i
    }

    /// Moves forward to the end of the current or next word (Alt-F).
    mutating func moveWordRight() {
        cursor = nextWordEnd()
    }

    /// Moves to the previous logical line, keeping the column; false (no move) on the first line.
    @discardableResult
    mutating func moveUp() -> Bool {
        moveVertically(by: -1, width: Int.max)
    }

    /// Moves to the next logical line, keeping the column; false (no move) on the last line.
    @discardableResult
    mutating func moveDown() -> Bool {
        moveVertically(by: 1, width: Int.max)
    }

    /// Moves to the previous display row when wrapped at `width`; false on the first row.
    @discardableResult
    mutating func moveUp(width: Int) -> Bool {
        moveVertically(by: -1, width: width)
    }

    /// Moves to the next display row when wrapped at `width`; false on the last row.
    @discardableResult
    mutating func moveDown(width: Int) -> Bool {
        moveVertically(by: 1, width: width)
    }

    /// Shared row motion; keeps the goal column across consecutive vertical moves.
    mutating func moveVertically(by delta: Int, width: Int) -> Bool {
        let wrapped = WrappedRows(chars, width: width, cursor: position)
        let target = wrapped.cursorRow + delta
        guard target >= 0 && target < wrapped.rows.count else { return false }
        let goal = goalColumn ?? wrapped.cursorColumn
        position = wrapped.position(onRow: target, goalColumn: goal, of: chars)
        goalColumn = goal
        return true
    }

    /// Start of the logical line containing position `p`.
    func lineStart(_ p: Int) -> Int {
        var i = min(max(0, p), chars.count)
        while i > 0 && chars[i - 1] != "\n" { i -= 1 }
        return i
    }

    /// End (position of the "\n" or text end) of the logical line containing position `p`.
    func lineEnd(_ p: Int) -> Int {
        var i = min(max(0, p), chars.count)
        while i < chars.count && chars[i] != "\n" { i += 1 }
        return i
    }

    /// Position after the end of the next word from the cursor (readline forward-word).
    func nextWordEnd() -> Int {
        var i = position
        while i < chars.count && !Self.isWordCharacter(chars[i]) { i += 1 }
        while i < chars.count && Self.isWordCharacter(chars[i]) { i += 1 }
        return i
    }

    /// Readline word constituent: any Unicode letter or digit.
    static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber
    }
}
