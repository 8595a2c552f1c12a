import ChatCore

/// A model's facts in a centred popup: a label and a value a row (family, parameters, context,
/// capabilities, size, license lines), or a line saying they are being asked for or why not.
enum ModelDetailsView {
    /// `rows` are the facts (nil while the server is asked); `failure` says why there are none.
    static func render(
        model: String, rows: [(label: String, value: String)]?, failure: String?, strings: Strings, in area: Rect,
        into canvas: inout Canvas
    ) {
        let shown = rows.map { $0.map { ($0.label, TextSanitizer.sanitize($0.value)) } } ?? []
        let message = shown.isEmpty ? failure ?? strings.loadingDetails : nil
        let labelWidth = shown.map { CellWidth.of($0.0) }.max() ?? 0
        let widest = shown.map { labelWidth + 2 + CellWidth.of($0.1) }.max() ?? 0
        let title = strings.detailsTitle(TextSanitizer.sanitize(model))
        let width = min(
            area.width - 2, max(40, widest + 4, CellWidth.of(title) + 8, (message.map(CellWidth.of) ?? 0) + 4))
        let height = min(area.height, max(1, shown.count) + 2)
        let frame = area.centred(height: height, width: width)
        guard frame.width >= 10, frame.height >= 3 else { return }
        canvas.clipped(to: frame) { canvas in
            canvas.popup(frame, fill: .help, border: .pickerBorder, title: title, footer: strings.detailsHints)
            let left = frame.left + 2
            let inner = frame.width - 4
            if let message {
                canvas.put(
                    message, row: frame.top + 1, column: left, role: failure == nil ? .help : .error, maxWidth: inner)
                return
            }
            for (index, row) in shown.prefix(frame.height - 2).enumerated() {
                let line = frame.top + 1 + index
                canvas.put(row.0, row: line, column: left, role: .helpKey, maxWidth: inner)
                let room = inner - labelWidth - 2
                if room > 0 {
                    canvas.put(
                        CellWidth.truncated(row.1, width: room), row: line, column: left + labelWidth + 2, role: .help)
                }
            }
        }
    }
}
