/// A question in a small centred popup: a title, one sentence, and the keys that answer it.
enum ConfirmView {
    static func render(title: String, text: String, hints: String, in area: Rect, into canvas: inout Canvas) {
        let width = min(area.width, max(CellWidth.of(text), CellWidth.of(hints), CellWidth.of(title)) + 6)
        let frame = area.centred(height: 4, width: width)
        guard frame.width >= 10, frame.height >= 3 else { return }
        canvas.clipped(to: frame) { canvas in
            canvas.popup(frame, fill: .help, border: .pickerBorder, title: title, footer: hints)
            canvas.put(
                CellWidth.truncated(text, width: frame.width - 4), row: frame.top + 1, column: frame.left + 2,
                role: .help)
        }
    }
}
