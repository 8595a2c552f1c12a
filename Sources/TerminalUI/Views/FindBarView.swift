import ChatCore

/// Finding in the chat, drawn in place of the input line: the words typed and which match of
/// how many is in view; returns where the cursor goes.
enum FindBarView {
    static func render(_ bar: inout FindBar, strings: Strings, in rect: Rect, into canvas: inout Canvas)
        -> CursorPosition
    {
        for row in rect.top..<rect.bottom { canvas.fill(row: row, column: rect.left, width: rect.width, role: .normal) }
        let label = strings.findPrompt
        let count =
            bar.query.isEmpty ? "" : strings.findCount(current: bar.current + 1, of: bar.matches.count)
        let countWidth = CellWidth.of(count)
        let used = canvas.put(label, row: rect.top, column: rect.left, role: .inputPrompt, maxWidth: rect.width)
        let room = max(1, rect.width - used - countWidth - 1)
        let typed = bar.query.layout(width: room, maxRows: 1)
        canvas.put(typed.rows.first ?? "", row: rect.top, column: rect.left + used, role: .input, maxWidth: room)
        if countWidth > 0, countWidth < rect.width - used {
            canvas.put(count, row: rect.top, column: rect.right - countWidth, role: .dim)
        }
        return CursorPosition(row: rect.top, column: rect.left + used + typed.cursorColumn)
    }
}
