/// The transcript pane: its rows from the top of the rect, one column of margin on each side.
enum TranscriptView {
    static func render(_ rows: [TranscriptRow], in rect: Rect, into canvas: inout Canvas) {
        canvas.clipped(to: rect) { canvas in
            let textWidth = max(0, rect.width - 2)
            for (index, row) in rows.enumerated() where index < rect.height {
                canvas.put(
                    row.spans, row: rect.top + index, column: rect.left + 1 + row.indent,
                    maxWidth: textWidth - row.indent)
            }
        }
    }
}
