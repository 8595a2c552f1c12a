import ChatCore

/// F1: every key of every context from the key table, in the UI language, scrolled by the panel.
/// Descriptions that do not fit are cut with an ellipsis.
enum HelpView {
    static func render(_ panel: HelpPanel, strings: Strings, in area: Rect, into canvas: inout Canvas) {
        let geometry = HelpGeometry(strings: strings, area: area)
        let frame = geometry.frame
        guard !frame.isEmpty else { return }
        let offset = min(panel.offset, max(0, geometry.totalRows - geometry.visibleRows))
        let footer =
            geometry.scrolls
            ? strings.helpScrollPosition(first: offset + 1, last: offset + geometry.visibleRows, of: geometry.totalRows)
            : strings.helpClose
        canvas.clipped(to: frame) { canvas in
            canvas.popup(frame, fill: .help, border: .pickerBorder, title: strings.helpTitle, footer: footer)
            let left = frame.left + 2
            let inner = frame.width - 4
            for (index, line) in geometry.lines.dropFirst(offset).prefix(geometry.visibleRows).enumerated() {
                let row = frame.top + 1 + index
                switch line {
                case .heading(let title):
                    canvas.put(CellWidth.truncated(title, width: inner), row: row, column: left, role: .helpHeading)
                case .key(let label, let text):
                    canvas.put(CellWidth.truncated(label, width: inner), row: row, column: left, role: .helpKey)
                    let textColumn = left + geometry.labelWidth + 2
                    let room = frame.right - 2 - textColumn
                    if room > 0 {
                        canvas.put(CellWidth.truncated(text, width: room), row: row, column: textColumn, role: .help)
                    }
                case .blank:
                    break
                }
            }
        }
    }
}
