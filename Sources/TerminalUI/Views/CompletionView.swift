import ChatCore

/// The popup of a slash command being typed, drawn over the transcript just above the input
/// line: a candidate a row (its word, then what it does), the chosen one highlighted, and the
/// hint that Tab takes it.
enum CompletionView {
    /// At most this many candidates show; the list scrolls to keep the chosen one in view.
    static let maxRows = 8

    /// `above` is the transcript's area; the popup sits at its bottom left.
    static func render(
        _ candidates: [SlashCompletion], chosen: Int, strings: Strings, above area: Rect, into canvas: inout Canvas
    ) {
        let shown = min(candidates.count, maxRows, max(0, area.height - 2))
        guard shown > 0 else { return }
        let wordWidth = candidates.map { CellWidth.of($0.word) }.max() ?? 0
        let textWidth = candidates.map { CellWidth.of($0.description) }.max() ?? 0
        let width = min(area.width, max(wordWidth + textWidth + 6, CellWidth.of(strings.completionHint) + 6))
        let frame = Rect(top: area.bottom - shown - 2, left: area.left, height: shown + 2, width: width)
        canvas.popup(frame, fill: .pickerItem, border: .pickerBorder, title: "", footer: strings.completionHint)
        let first = min(max(0, chosen - shown + 1), candidates.count - shown)
        for (offset, candidate) in candidates[first..<(first + shown)].enumerated() {
            let row = frame.top + 1 + offset
            let selected = first + offset == chosen
            let role: StyleRole = selected ? .pickerSelected : .pickerItem
            canvas.fill(row: row, column: frame.left + 1, width: frame.width - 2, role: role)
            let used = canvas.put(
                candidate.word, row: row, column: frame.left + 2, role: role, maxWidth: frame.width - 4)
            let detailColumn = frame.left + 2 + max(used, wordWidth) + 2
            let room = frame.right - 1 - detailColumn
            if room > 0 {
                canvas.put(
                    candidate.description, row: row, column: detailColumn, role: selected ? role : .pickerDetail,
                    maxWidth: room)
            }
        }
    }
}
