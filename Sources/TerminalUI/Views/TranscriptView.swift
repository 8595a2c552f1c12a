/// The transcript pane: its rows from the top of the rect, one column of margin on each side.
/// Rows that select mode highlights carry a bar in the left margin.
enum TranscriptView {
    static func render(
        _ rows: [TranscriptRow], selected: Set<Int> = [], in rect: Rect, into canvas: inout Canvas
    ) {
        canvas.clipped(to: rect) { canvas in
            let textWidth = max(0, rect.width - 2)
            for (index, row) in rows.enumerated() where index < rect.height {
                canvas.put(
                    row.spans, row: rect.top + index, column: rect.left + 1 + row.indent,
                    maxWidth: textWidth - row.indent)
                if selected.contains(index) {
                    canvas.put("▌", row: rect.top + index, column: rect.left, role: .selection)
                }
            }
        }
    }
}
