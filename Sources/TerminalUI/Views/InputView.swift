/// The input line: a prompt and the editor's rows; returns where the cursor goes.
enum InputView {
    static func render(
        _ shown: (rows: [String], cursorRow: Int, cursorColumn: Int), in rect: Rect, into canvas: inout Canvas
    ) -> CursorPosition {
        canvas.clipped(to: rect) { canvas in
            canvas.put("›", row: rect.top, column: rect.left, role: .inputPrompt)
            for (index, text) in shown.rows.enumerated() {
                canvas.put(
                    text, row: rect.top + index, column: rect.left + ScreenLayout.promptWidth, role: .input,
                    maxWidth: rect.width - ScreenLayout.promptWidth)
            }
        }
        return CursorPosition(
            row: rect.top + shown.cursorRow, column: rect.left + ScreenLayout.promptWidth + shown.cursorColumn)
    }
}
