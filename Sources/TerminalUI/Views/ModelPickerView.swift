import ChatCore

/// The centred model-picker box: title, filter, the list with details, a message, key hints.
enum ModelPickerView {
    /// A detail cut to fit is shown only when this much of it is left.
    static let shortestCutDetail = 24

    static func render(_ picker: inout ModelPicker, strings: Strings, in area: Rect, into canvas: inout Canvas) {
        let geometry = PickerGeometry(picker: picker, area: area, strings: strings)
        let frame = geometry.frame
        guard !frame.isEmpty else { return }
        // The model keys are named when the box is wide enough for them (F1 lists them anyway).
        let hints =
            CellWidth.of(strings.pickerFullHints) + 6 <= frame.width ? strings.pickerFullHints : strings.pickerHints
        canvas.clipped(to: frame) { canvas in
            canvas.popup(frame, fill: .pickerItem, border: .pickerBorder, title: strings.chooseModel, footer: hints)
            let inner = frame.width - 4
            let left = frame.left + 2
            let filterRow = frame.top + 1
            let used = canvas.put(
                strings.filterPrompt, row: filterRow, column: left, role: .pickerDetail, maxWidth: inner)
            if picker.selection.filter.isEmpty {
                canvas.put(
                    strings.typeToFilter, row: filterRow, column: left + used, role: .pickerDetail,
                    maxWidth: inner - used)
            } else {
                canvas.put(
                    TextSanitizer.sanitize(picker.selection.filter), row: filterRow, column: left + used,
                    role: .pickerItem, maxWidth: inner - used)
            }
            let items = picker.selection.visible
            let listTop = frame.top + 2
            for (offset, index) in picker.window(height: geometry.listHeight).enumerated() {
                let item = items[index]
                let row = listTop + offset
                let selected = index == picker.selection.selectedIndex
                if selected {
                    canvas.fill(row: row, column: frame.left + 1, width: frame.width - 2, role: .pickerSelected)
                }
                canvas.put(
                    item.name, row: row, column: left, role: selected ? .pickerSelected : .pickerItem, maxWidth: inner)
                let detailWidth = CellWidth.of(item.detail)
                let nameWidth = CellWidth.of(item.name)
                let room = min(detailWidth, inner - nameWidth - 2)
                if room > 0 && (room == detailWidth || room >= Self.shortestCutDetail) {
                    canvas.put(
                        CellWidth.truncated(item.detail, width: room), row: row, column: left + inner - room,
                        role: selected ? .pickerSelected : .pickerDetail)
                }
            }
            if let message = geometry.message {
                canvas.put(
                    TextSanitizer.sanitize(message), row: frame.bottom - 2, column: left,
                    role: geometry.isNote ? .pickerDetail : .error, maxWidth: inner)
            }
        }
    }
}
