import ChatCore

/// The chat list popup: the search line, then two rows a chat (its title; its model, date and
/// messages, or the search snippet with the found words marked), a message, and the keys.
/// Renaming and deleting are asked on top of it.
enum ChatListView {
    /// Draws the list; returns where the cursor goes (in the search line, or the new title).
    static func render(_ panel: inout ChatListPanel, strings: Strings, in area: Rect, into canvas: inout Canvas)
        -> CursorPosition?
    {
        let geometry = ChatListGeometry(area: area)
        let frame = geometry.frame
        guard !frame.isEmpty else { return nil }
        let inner = frame.width - 4
        let left = frame.left + 2
        var cursor: CursorPosition?
        canvas.clipped(to: frame) { canvas in
            canvas.popup(
                frame, fill: .pickerItem, border: .pickerBorder, title: strings.chatListTitle,
                footer: strings.chatListHints)
            let used = canvas.put(
                strings.searchPrompt, row: frame.top + 1, column: left, role: .pickerDetail, maxWidth: inner)
            let typed = panel.filter.layout(width: max(1, inner - used), maxRows: 1)
            if panel.filter.isEmpty {
                canvas.put(
                    strings.searchChats, row: frame.top + 1, column: left + used, role: .pickerDetail,
                    maxWidth: inner - used)
            } else {
                canvas.put(
                    typed.rows.first ?? "", row: frame.top + 1, column: left + used, role: .pickerItem,
                    maxWidth: inner - used)
            }
            cursor = CursorPosition(row: frame.top + 1, column: left + used + typed.cursorColumn)
            let first = ListSelection.offset(
                keeping: panel.selectedIndex, visible: 0, rows: geometry.listHeight, count: panel.rows.count)
            for (offset, index) in (first..<min(panel.rows.count, first + geometry.listHeight)).enumerated() {
                let row = panel.rows[index]
                let top = frame.top + 2 + offset * 2
                let selected = index == panel.selectedIndex
                if selected {
                    canvas.fill(row: top, column: frame.left + 1, width: frame.width - 2, role: .pickerSelected)
                }
                canvas.put(
                    TextSanitizer.sanitize(row.title), row: top, column: left,
                    role: selected ? .pickerSelected : .pickerItem, maxWidth: inner)
                canvas.put(detail(row), row: top + 1, column: left + 2, maxWidth: inner - 2)
            }
            let message =
                panel.message
                ?? (panel.isLoading && panel.rows.isEmpty
                    ? strings.loadingChats
                    : panel.rows.isEmpty ? (panel.filter.isEmpty ? strings.noChats : strings.noChatMatches) : nil)
            if let message {
                canvas.put(message, row: frame.bottom - 2, column: left, role: .pickerDetail, maxWidth: inner)
            }
        }
        if var title = panel.renaming {
            cursor = PathPromptView.render(
                title: strings.renameTitle, editor: &title, hints: strings.renameHints, in: area, into: &canvas)
            panel.renaming = title
        } else if panel.confirmingDelete, let row = panel.selectedRow {
            ConfirmView.render(
                title: strings.deleteTitle, text: strings.deleteText(title: TextSanitizer.sanitize(row.title)),
                hints: strings.deleteHints, in: area, into: &canvas)
            cursor = nil
        }
        return cursor
    }

    /// A chat's second row: the snippet with its matched words marked, else the detail.
    private static func detail(_ row: ChatListPanel.Row) -> [StyledSpan] {
        guard let snippet = row.snippet else { return [StyledSpan(row.detail, .pickerDetail)] }
        var spans: [StyledSpan] = []
        var index = snippet.startIndex
        for match in row.matches where match.lowerBound >= index && match.upperBound <= snippet.endIndex {
            spans.append(StyledSpan(clean(snippet[index..<match.lowerBound]), .pickerDetail))
            spans.append(StyledSpan(clean(snippet[match]), .searchMatch))
            index = match.upperBound
        }
        spans.append(StyledSpan(clean(snippet[index...]), .pickerDetail))
        return spans.filter { !$0.text.isEmpty }
    }

    /// A snippet's text on one row: inert, its line breaks as spaces.
    private static func clean(_ text: Substring) -> String {
        TextSanitizer.sanitize(String(text)).replacingNewlines()
    }
}

extension String {
    /// Line breaks and tabs as spaces, for one row.
    fileprivate func replacingNewlines() -> String {
        String(map { $0 == "\n" || $0 == "\t" ? " " : $0 })
    }
}
