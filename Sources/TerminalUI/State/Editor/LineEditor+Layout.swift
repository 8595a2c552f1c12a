/// Display layout of `LineEditor` text wrapped into terminal rows.
extension LineEditor {
    /// The rows the input takes at `width`, at most `maxRows` (what the screen layout needs).
    func rowCount(width: Int, maxRows: Int) -> Int {
        min(WrappedRows(chars, width: width, cursor: position).rows.count, max(1, maxRows))
    }

    /// Wraps the text at `width` columns (by `CellWidth`) and returns at most `maxRows` rows,
    /// scrolled to keep the cursor row visible. Newlines start rows; a character that does not
    /// fit moves to the next row; a cursor at the exact end of a full row is shown at the start
    /// of an extra row. `cursorRow` is relative to the returned rows. Rows never exceed `width`
    /// columns and contain no control characters (a tab as spaces to the next tab stop, others as symbols).
    /// Mutating because it stores the scroll position so the window moves only when needed.
    mutating func layout(width: Int, maxRows: Int) -> (rows: [String], cursorRow: Int, cursorColumn: Int) {
        let wrapped = WrappedRows(chars, width: width, cursor: position)
        let total = wrapped.rows.count
        let windowSize = min(total, max(1, maxRows))
        let cursorRow = wrapped.cursorRow
        scrollTop = ListSelection.offset(keeping: cursorRow, visible: scrollTop, rows: windowSize, count: total)
        var rows: [String] = []
        rows.reserveCapacity(windowSize)
        for row in scrollTop..<scrollTop + windowSize {
            rows.append(wrapped.string(row: row, of: chars))
        }
        return (rows, cursorRow - scrollTop, wrapped.cursorColumn)
    }
}
