import ChatCore
import OllamaKit

/// The settings popup (F7): the system prompt's rows, think's choice, then a row per option with
/// its value (or the model's default) and, under it, what it does or why its value is bad. The
/// rows scroll to keep the focused field in sight; the last row says why Enter did not apply.
enum SettingsView {
    /// One content row and the field it belongs to; `cursor` is the column of the focused
    /// field's cursor in it.
    private struct Line {
        let field: Int
        let spans: [StyledSpan]
        var indent = 0
        var cursor: Int?
    }

    /// Draws the popup; returns where the cursor goes (in the focused text field). `defaults` are
    /// the model's own values by option name, as `/api/show` gave them.
    static func render(
        _ panel: inout SettingsPanel, strings: Strings, defaults: [String: String], in area: Rect,
        into canvas: inout Canvas
    ) -> CursorPosition? {
        let width = min(area.width - 2, 78)
        guard width >= 24, area.height >= 5 else { return nil }
        let inner = width - 4
        let lines = content(&panel, strings: strings, defaults: defaults, width: inner)
        let room = area.height >= 12 ? area.height - 2 : area.height
        let frame = area.centred(height: min(room, lines.count + 3), width: width)
        let visible = frame.height - 3
        guard visible > 0 else { return nil }
        keepFocusInSight(&panel, lines: lines, visible: visible)
        var cursor: CursorPosition?
        canvas.clipped(to: frame) { canvas in
            canvas.popup(
                frame, fill: .help, border: .pickerBorder, title: strings.settingsTitle, footer: strings.settingsHints)
            for (row, line) in lines.dropFirst(panel.offset).prefix(visible).enumerated() {
                let top = frame.top + 1 + row
                let column = frame.left + 2 + line.indent
                canvas.put(line.spans, row: top, column: column, maxWidth: inner - line.indent)
                if let place = line.cursor { cursor = CursorPosition(row: top, column: column + place) }
            }
            if let message = panel.message {
                canvas.put(message, row: frame.bottom - 2, column: frame.left + 2, role: .error, maxWidth: inner)
            }
        }
        return cursor
    }

    /// Scrolls the least that shows the focused field's rows (its first row when they do not fit).
    private static func keepFocusInSight(_ panel: inout SettingsPanel, lines: [Line], visible: Int) {
        let rows = lines.indices.filter { lines[$0].field == panel.focus }
        guard let first = rows.first, let last = rows.last else { return }
        let cursorRow = rows.first { lines[$0].cursor != nil } ?? first
        var offset = min(panel.offset, max(0, lines.count - visible))
        if last >= offset + visible { offset = last - visible + 1 }
        if cursorRow >= offset + visible { offset = cursorRow - visible + 1 }
        if first < offset { offset = first }
        if cursorRow < offset { offset = cursorRow }
        panel.offset = max(0, offset)
    }

    private static func content(
        _ panel: inout SettingsPanel, strings: Strings, defaults: [String: String], width: Int
    ) -> [Line] {
        // The values line up two columns after the longest label.
        let labels = [strings.systemPromptLabel, strings.thinkLabel] + OptionField.all.map(\.name.rawValue)
        let labelWidth = min((labels.map(CellWidth.of).max() ?? 0) + 2, width / 3)
        let valueWidth = max(1, width - labelWidth)
        var lines: [Line] = []
        let focus = panel.focus

        func label(_ text: String, field: Int) -> StyledSpan {
            let padded = text + String(repeating: " ", count: max(1, labelWidth - CellWidth.of(text)))
            return StyledSpan(padded, field == focus ? .pickerSelected : .helpKey)
        }

        // The system prompt: its label, then its rows (a few when it is not the focused field).
        let systemFocused = focus == SettingsPanel.systemIndex
        if panel.system.isEmpty && !systemFocused {
            lines.append(
                Line(
                    field: 0,
                    spans: [label(strings.systemPromptLabel, field: 0), StyledSpan(strings.systemPromptNone, .dim)]))
        } else {
            lines.append(Line(field: 0, spans: [label(strings.systemPromptLabel, field: 0)]))
            let shown = panel.system.layout(width: max(1, width - 2), maxRows: systemFocused ? 5 : 2)
            for (index, text) in shown.rows.enumerated() {
                let cursor = systemFocused && index == shown.cursorRow ? shown.cursorColumn : nil
                lines.append(Line(field: 0, spans: [StyledSpan(text, .input)], indent: 2, cursor: cursor))
            }
        }
        lines.append(Line(field: 0, spans: [StyledSpan(strings.systemPromptExplanation, .dim)], indent: 2))

        // Think: its choice between arrows, or why it cannot be chosen.
        let thinkField = SettingsPanel.thinkIndex
        let choice = strings.thinkChoice(panel.think)
        let thinkRole: StyleRole = panel.thinkDisabled == nil ? .input : .dim
        lines.append(
            Line(
                field: thinkField,
                spans: [label(strings.thinkLabel, field: thinkField), StyledSpan("‹ \(choice) ›", thinkRole)]))
        let why = panel.thinkDisabled.map { StyledSpan($0, .error) } ?? StyledSpan(strings.thinkExplanation, .dim)
        lines.append(Line(field: thinkField, spans: [why], indent: 2))

        // The options: the value typed (or the default), then what it does or why it is bad.
        for (index, field) in OptionField.all.enumerated() {
            let number = SettingsPanel.firstOptionIndex + index
            let focused = number == focus
            let problem = panel.problem(ofOption: index)
            var spans = [label(field.name.rawValue, field: number)]
            var cursor: Int?
            if panel.options[index].isEmpty && !focused {
                let own = defaults[field.name.rawValue].map { TextSanitizer.sanitize($0).oneLine }
                spans.append(StyledSpan(strings.modelDefault(own), .dim))
            } else {
                let shown = panel.options[index].layout(width: valueWidth, maxRows: 1)
                spans.append(StyledSpan(shown.rows.first ?? "", problem == nil ? .input : .error))
                if focused { cursor = labelWidth + shown.cursorColumn }
            }
            lines.append(Line(field: number, spans: spans, cursor: cursor))
            let detail =
                problem.map { StyledSpan(strings.settingProblem($0), .error) }
                ?? StyledSpan(strings.explanation(field.name), .dim)
            lines.append(Line(field: number, spans: [detail], indent: 2))
        }
        return lines
    }
}

extension String {
    /// Line breaks and tabs as spaces, for one row.
    fileprivate var oneLine: String {
        String(map { $0 == "\n" || $0 == "\t" ? " " : $0 })
    }
}
