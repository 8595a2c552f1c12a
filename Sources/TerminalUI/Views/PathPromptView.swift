/// A popup that asks for a path: a title, a one-row line editor and its keys; returns where the
/// cursor goes (nil when the screen is too small for it).
enum PathPromptView {
    static func render(
        title: String, editor: inout LineEditor, hints: String, in area: Rect, into canvas: inout Canvas
    ) -> CursorPosition? {
        let width = min(area.width, max(60, CellWidth.of(title) + 6, CellWidth.of(hints) + 6))
        let frame = area.centred(height: 3, width: width)
        guard frame.width >= 10, frame.height >= 3 else { return nil }
        let shown = editor.layout(width: frame.width - 4, maxRows: 1)
        canvas.clipped(to: frame) { canvas in
            canvas.popup(frame, fill: .help, border: .pickerBorder, title: title, footer: hints)
            canvas.put(
                shown.rows.first ?? "", row: frame.top + 1, column: frame.left + 2, role: .input,
                maxWidth: frame.width - 4)
        }
        return CursorPosition(row: frame.top + 1, column: frame.left + 2 + shown.cursorColumn)
    }
}
