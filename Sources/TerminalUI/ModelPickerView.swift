import ChatCore

/// The centered model-picker box: title, filter, the list with details, a message, key hints.
enum ModelPickerView {
    static func render(_ picker: inout ModelPicker, strings: Strings, into canvas: inout Canvas) {
        let items = picker.selection.visible
        let longest = items.map { CellWidth.of($0.name) + CellWidth.of($0.detail) + 6 }.max() ?? 0
        let messageWidth = picker.message.map { CellWidth.of($0) + 4 } ?? 0
        let width = min(canvas.columns - 2, max(44, longest + 2, messageWidth))
        let listCapacity = max(1, min(max(1, items.count), canvas.rows - 8))
        let height = min(canvas.rows, listCapacity + 4)
        guard width >= 10, height >= 5 else { return }
        let (top, left) = canvas.popup(height: height, width: width, fill: .pickerItem, border: .pickerBorder, title: strings.chooseModel, footer: strings.pickerHints)

        let inner = width - 4
        let filterRow = top + 1
        let used = canvas.put(strings.filterPrompt, row: filterRow, column: left + 2, role: .pickerDetail, maxWidth: inner)
        if picker.selection.filter.isEmpty {
            canvas.put(strings.typeToFilter, row: filterRow, column: left + 2 + used, role: .pickerDetail, maxWidth: inner - used)
        } else {
            canvas.put(TextSanitizer.sanitize(picker.selection.filter), row: filterRow, column: left + 2 + used, role: .pickerItem, maxWidth: inner - used)
        }

        let listTop = top + 2
        let listHeight = height - 3
        let message = picker.isLoading && items.isEmpty ? strings.loadingModels : picker.message ?? (items.isEmpty && !picker.isLoading ? strings.noMatch : nil)
        let window = picker.window(height: max(0, message == nil ? listHeight : listHeight - 1))
        for (offset, index) in window.enumerated() {
            let item = items[index]
            let row = listTop + offset
            let selected = index == picker.selection.selectedIndex
            if selected { canvas.fill(row: row, column: left + 1, width: width - 2, role: .pickerSelected) }
            canvas.put(item.name, row: row, column: left + 2, role: selected ? .pickerSelected : .pickerItem, maxWidth: inner)
            let detailWidth = CellWidth.of(item.detail)
            let nameWidth = CellWidth.of(item.name)
            if detailWidth > 0 && nameWidth + detailWidth + 2 <= inner {
                canvas.put(item.detail, row: row, column: left + 2 + inner - detailWidth, role: selected ? .pickerSelected : .pickerDetail)
            }
        }
        if let message {
            canvas.put(message, row: listTop + listHeight - 1, column: left + 2, role: .error, maxWidth: inner)
        }
    }
}
