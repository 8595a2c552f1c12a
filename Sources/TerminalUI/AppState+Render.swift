/// Draws a frame: a function of the state into the canvas, never a side effect of an event.
extension AppState {
    /// Where the terminal cursor goes: the input line's cursor, or nowhere under a popup.
    struct Cursor: Equatable, Sendable {
        let row: Int
        let column: Int
    }

    /// Draws the whole screen; returns the cursor position, nil to hide it.
    mutating func render(into canvas: inout Canvas) -> Cursor? {
        canvas.clear()
        // The input is wrapped once a frame: its rows decide the layout, then are drawn.
        let unsized = ScreenLayout(rows: canvas.rows, columns: canvas.columns, inputRows: 1)
        let input = editor.layout(width: unsized.inputWidth, maxRows: unsized.maxInputRows)
        layout = ScreenLayout(rows: canvas.rows, columns: canvas.columns, inputRows: input.rows.count)
        guard !layout.isTooSmall else {
            TooSmallView.render(strings.tooSmall, into: &canvas)
            return nil
        }
        let rows = transcript.window(height: layout.transcriptHeight, bottom: scrollAnchor, width: layout.transcriptWidth)
        TranscriptView.render(rows, into: &canvas, layout: layout)
        SeparatorView.render(into: &canvas, row: layout.separatorRow, marker: unseenBelow ? strings.newTextBelow : nil)
        let cursor = InputView.render(input, into: &canvas, layout: layout)
        StatusBar.render(self, into: &canvas, row: layout.statusRow)
        if var open = picker {
            ModelPickerView.render(&open, strings: strings, into: &canvas)
            picker = open
            return nil
        }
        if showingHelp {
            HelpOverlay.render(strings: strings, into: &canvas)
            return nil
        }
        return cursor
    }
}

/// The transcript pane: its rows from the top of the screen.
enum TranscriptView {
    static func render(_ rows: [TranscriptRow], into canvas: inout Canvas, layout: ScreenLayout) {
        for (index, row) in rows.enumerated() where index < layout.transcriptHeight {
            canvas.put(row.text, row: index, column: 1 + row.indent, role: row.role, maxWidth: layout.transcriptWidth - row.indent)
        }
    }
}

/// The line between transcript and input, with the "new text below" marker when scrolled up.
enum SeparatorView {
    static func render(into canvas: inout Canvas, row: Int, marker: String?) {
        canvas.fill(row: row, column: 0, width: canvas.columns, role: .dim, glyph: "─")
        guard let marker else { return }
        let text = " \(marker) "
        let width = CellWidth.of(text)
        canvas.put(text, row: row, column: max(0, canvas.columns - width - 2), role: .marker)
    }
}

/// The input line: a prompt and the editor's rows; returns where the cursor goes.
enum InputView {
    static func render(_ shown: (rows: [String], cursorRow: Int, cursorColumn: Int), into canvas: inout Canvas, layout: ScreenLayout) -> AppState.Cursor {
        canvas.put("›", row: layout.inputTop, column: 0, role: .inputPrompt)
        for (index, text) in shown.rows.enumerated() {
            canvas.put(text, row: layout.inputTop + index, column: ScreenLayout.promptWidth, role: .input, maxWidth: layout.inputWidth)
        }
        return AppState.Cursor(row: layout.inputTop + shown.cursorRow, column: ScreenLayout.promptWidth + shown.cursorColumn)
    }
}

/// The message shown instead of a layout when the terminal is too small to draw in.
enum TooSmallView {
    static func render(_ text: String, into canvas: inout Canvas) {
        guard canvas.rows > 0, canvas.columns > 0 else { return }
        let width = CellWidth.of(text)
        canvas.put(text, row: canvas.rows / 2, column: max(0, (canvas.columns - width) / 2), role: .error, maxWidth: canvas.columns)
    }
}
