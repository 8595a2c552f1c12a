import ChatCore

/// F1: every key from the key table, in the UI language.
enum HelpOverlay {
    static func render(strings: Strings, into canvas: inout Canvas) {
        let rows = KeyBindings.helpRows(strings.language)
        let labelWidth = rows.map { CellWidth.of($0.label) }.max() ?? 0
        let textWidth = rows.map { CellWidth.of($0.text) }.max() ?? 0
        let width = min(canvas.columns, labelWidth + textWidth + 7)
        let height = min(canvas.rows, rows.count + 2)
        guard width >= 10, height >= 3 else { return }
        let (top, left) = canvas.popup(height: height, width: width, fill: .help, border: .pickerBorder, title: strings.helpTitle, footer: strings.helpClose)
        for (index, entry) in rows.prefix(height - 2).enumerated() {
            let row = top + 1 + index
            canvas.put(entry.label, row: row, column: left + 2, role: .helpKey, maxWidth: width - 4)
            let textColumn = left + 2 + labelWidth + 2
            canvas.put(entry.text, row: row, column: textColumn, role: .help, maxWidth: max(0, left + width - 2 - textColumn))
        }
    }
}
