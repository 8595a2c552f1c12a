/// The line between transcript and input, with a marker at its right: "new text below" when
/// scrolled up, or the images waiting for the next message.
enum SeparatorView {
    static func render(marker: String?, in rect: Rect, into canvas: inout Canvas) {
        canvas.clipped(to: rect) { canvas in
            canvas.fill(row: rect.top, column: rect.left, width: rect.width, role: .dim, glyph: "─")
            guard let marker else { return }
            let text = " \(marker) "
            let width = CellWidth.of(text)
            canvas.put(text, row: rect.top, column: rect.left + max(0, rect.width - width - 2), role: .marker)
        }
    }
}
