import ChatCore

/// The status row: state (with a spinner while generating), model, host, the last answer's
/// metrics or a notice, session totals, the context the last request took, and the key hints.
enum StatusBarView {
    static let spinnerFrames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    static func render(_ state: AppState, in rect: Rect, into canvas: inout Canvas) {
        canvas.clipped(to: rect) { draw(state, in: rect, into: &$0) }
    }

    private static func draw(_ state: AppState, in rect: Rect, into canvas: inout Canvas) {
        let row = rect.top
        canvas.fill(row: row, column: rect.left, width: rect.width, role: .statusBar)
        let strings = state.strings
        let spin = spinnerFrames[state.spinner % spinnerFrames.count]
        let selecting = state.selection != nil
        let status: String =
            switch state.phase {
            case _ where selecting: "▌ \(strings.selecting)"
            case .connecting: "\(spin) \(strings.connecting)"
            case .answering: "\(spin) \(strings.generating)"
            case .offline: "✖ \(strings.offline)"
            case .noModels: "✖ \(strings.noModelsState)"
            case .ready where state.lastAnswerFailed: "✖ \(strings.failed)"
            case .ready where state.model == nil: "○ \(strings.noModelState)"
            case .ready: "● \(strings.ready)"
            }
        let saving = state.historyMark.map { " · 💾 " + $0 } ?? ""
        let head = status + saving
        var middle = state.statusFigures
        let hasNotice = state.notice != nil
        if hasNotice, let notice = middle {
            // A notice answers what the user just did: cut to fit beside the state, never dropped.
            let room = rect.width - CellWidth.of(head) - 5 - CellWidth.of(strings.shortKeyHints) - 1
            middle = CellWidth.truncated(notice, width: room)
        }
        let totals =
            state.totals.turns > 0 ? strings.totals(turns: state.totals.turns, tokens: state.totals.tokens) : nil
        let model = state.statusModel
        // Each part is measured once; only the layout that fits is joined into a line.
        let use = state.contextUse
        let gauge = use.map { strings.contextGauge(used: $0.used, limit: $0.limit) }
        let parts = [head, model, state.host, middle, totals, gauge]
        let fullText = selecting ? strings.selectKeyHints : strings.keyHints
        let shortText = selecting ? strings.selectShortKeyHints : strings.shortKeyHints
        let full = (text: fullText, width: CellWidth.of(fullText))
        let short = (text: shortText, width: CellWidth.of(shortText))
        let warns = (use.flatMap(AppState.percent) ?? 0) >= AppState.contextWarningPercent
        let layout = StatusBarLayout(
            widths: parts.map { $0.map(CellWidth.of) }, width: rect.width, keyHints: full.width,
            shortKeyHints: short.width, hasNotice: hasNotice, gaugeWarns: warns)
        let hints = layout.hints.map { $0 == .full ? full : short }
        let hintsWidth = hints.map { $0.width + 1 } ?? 0
        var left = [StyledSpan(" ", .statusBar)]
        for (place, index) in layout.shown.enumerated() {
            guard let part = parts[index] else { continue }
            if place > 0 { left.append(StyledSpan(" │ ", .statusBar)) }
            left.append(StyledSpan(part, index == 5 && warns ? .statusBarWarning : .statusBar))
        }
        left.append(StyledSpan(" ", .statusBar))
        canvas.put(left, row: row, column: rect.left, maxWidth: rect.width - hintsWidth)
        if let hints { canvas.put(hints.text, row: row, column: rect.right - hintsWidth, role: .statusBarAccent) }
    }
}
