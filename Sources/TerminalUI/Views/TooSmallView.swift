/// The message shown instead of a layout when the terminal is too small to draw in.
enum TooSmallView {
    static func render(_ text: String, in rect: Rect, into canvas: inout Canvas) {
        guard !rect.isEmpty else { return }
        canvas.clipped(to: rect) { canvas in
            let width = CellWidth.of(text)
            canvas.put(
                text, row: rect.top + rect.height / 2, column: rect.left + max(0, (rect.width - width) / 2),
                role: .error, maxWidth: rect.width)
        }
    }
}
