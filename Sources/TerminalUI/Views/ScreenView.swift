/// Draws a frame: a function of the state into the canvas, never a side effect of an event. Each
/// part of the screen is a view given its rect; the overlay is drawn last.
enum ScreenView {
    /// Draws the whole screen; returns where the terminal cursor goes, nil to hide it.
    static func render(_ state: inout AppState, into canvas: inout Canvas) -> CursorPosition? {
        canvas.clear()
        // The input is wrapped once a frame: its rows decide the layout, then are drawn.
        let unsized = ScreenLayout(rows: canvas.rows, columns: canvas.columns, inputRows: 1)
        let input = state.editor.layout(width: unsized.inputWidth, maxRows: unsized.maxInputRows)
        let layout = ScreenLayout(rows: canvas.rows, columns: canvas.columns, inputRows: input.rows.count)
        guard !layout.isTooSmall else {
            TooSmallView.render(state.strings.tooSmall, in: layout.screen, into: &canvas)
            return nil
        }
        let width = layout.transcriptWidth
        let shown = state.transcript.positionedWindow(
            height: layout.transcriptHeight, bottom: state.scrollAnchor, width: width)
        var selected: Set<Int> = []
        var rows = shown.map(\.1)
        if let item = state.selection, let range = state.transcript.rows(of: item, width: width) {
            selected = Set(shown.indices.filter { range.contains(shown[$0].0) })
        }
        if let bar = state.findBar {
            // Found words are marked in the rows in view, and the current match's row has the bar.
            let query = TextSearch.prepared(bar.query.text)
            for index in rows.indices {
                let ranges = TextSearch.matches(of: query, in: rows[index].text)
                rows[index].spans = TextSearch.marked(rows[index].spans, ranges, role: .searchMatch)
            }
            selected = Set(shown.indices.filter { shown[$0].0 == bar.currentMatch })
        }
        TranscriptView.render(rows, selected: selected, in: layout.transcript, into: &canvas)
        // New text below matters most; else images waiting for the next message are named.
        let marker =
            state.unseenBelow
            ? state.strings.newTextBelow
            : state.pendingImages.isEmpty ? nil : state.strings.imagesWaiting(state.pendingImages)
        SeparatorView.render(marker: marker, in: layout.separator, into: &canvas)
        var cursor = InputView.render(input, in: layout.input, into: &canvas)
        if case .find(var bar) = state.overlay {
            cursor = FindBarView.render(&bar, strings: state.strings, in: layout.input, into: &canvas)
            state.overlay = .find(bar)
        }
        StatusBarView.render(state, in: layout.status, into: &canvas)
        let candidates = state.completions
        if !candidates.isEmpty {
            CompletionView.render(
                candidates, chosen: state.chosenCompletion, strings: state.strings, above: layout.transcript,
                into: &canvas)
        }
        switch state.overlay {
        case .picker(var open):
            ModelPickerView.render(&open, strings: state.strings, in: layout.screen, into: &canvas)
            state.overlay = .picker(open)
            return nil
        case .help(let panel):
            HelpView.render(panel, strings: state.strings, in: layout.screen, into: &canvas)
            return nil
        case .confirmClear(let turns):
            ConfirmView.render(
                title: state.strings.confirmClearTitle, text: state.strings.confirmClearText(turns: turns),
                hints: state.strings.confirmClearHints, in: layout.screen, into: &canvas
            )
            return nil
        case .select:
            return nil
        case .savePrompt(var prompt):
            let place = PathPromptView.render(
                title: state.strings.saveTitle, editor: &prompt.path, hints: state.strings.saveHints,
                in: layout.screen, into: &canvas)
            state.overlay = .savePrompt(prompt)
            return place
        case .confirmOverwrite(let prompt):
            ConfirmView.render(
                title: state.strings.overwriteTitle, text: state.strings.overwriteText(path: prompt.path.text),
                hints: state.strings.overwriteHints, in: layout.screen, into: &canvas)
            return nil
        case .find:
            return cursor
        case .chatList(var panel):
            let place = ChatListView.render(&panel, strings: state.strings, in: layout.screen, into: &canvas)
            state.overlay = .chatList(panel)
            return place
        case .settings(var panel):
            let place = SettingsView.render(
                &panel, strings: state.strings, defaults: state.modelOptionDefaults, in: layout.screen, into: &canvas)
            state.overlay = .settings(panel)
            return place
        case .modelDetails(let panel):
            ModelDetailsView.render(
                model: panel.model, rows: state.detailsRows(of: panel.model), failure: panel.failure,
                strings: state.strings, in: layout.screen, into: &canvas)
            return nil
        case .pull(let panel):
            PullView.render(panel, strings: state.strings, in: layout.screen, into: &canvas)
            return nil
        case .confirmDeleteModel(let deletion):
            ConfirmView.render(
                title: state.strings.deleteModelTitle, text: state.strings.deleteModelText(deletion.label),
                hints: state.strings.deleteModelHints, in: layout.screen, into: &canvas)
            return nil
        case nil:
            return cursor
        }
    }
}
